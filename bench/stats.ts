/** The numbers every benchmark reads and reports: its settings from the environment and nearest-rank statistics. */

/** A whole-number setting from the environment (`BENCH_RUNS=40`), with its default and minimum. */
export function envCount(name: string, fallback: number, min = 1): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}`);
  return value;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of samples in ms. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The latency figures of timed runs against a p95 target: p50, p95 and max in ms (`digits` decimals), and whether it is met. */
export function latency(samples: readonly number[], p95MaxMs: number, digits = 1) {
  const p95 = round(percentile(samples, 95), digits);
  return {
    p50Ms: round(percentile(samples, 50), digits),
    p95Ms: p95,
    maxMs: round(Math.max(...samples), digits),
    runs: samples.length,
    target: { p95MaxMs },
    met: p95 <= p95MaxMs,
  };
}
