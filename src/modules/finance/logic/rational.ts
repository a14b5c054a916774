/**
 * Exact arithmetic on BigInt for the reciprocal allocation. A finite double is a dyadic rational,
 * so a key's quantities scale to integers without loss, the equations solve exactly by
 * fraction-free elimination, and every value is a numerator over one common denominator.
 */

/** The smallest e ≥ 0 such that x·2^e is an integer (x finite). Doubling a double is exact. */
function binaryDecimals(x: number): number {
  let e = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    e++;
  }
  return e;
}

/**
 * Scales finite doubles by one power of two so they all become integers: `values[i] = ints[i] / scale`
 * exactly.
 */
export function toIntegers(values: readonly number[]): { ints: bigint[]; scale: bigint } {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`toIntegers: ${v} is not finite`);
  const decimals = values.map(binaryDecimals);
  const top = Math.max(0, ...decimals);
  return {
    ints: values.map((v, i) => BigInt(v * 2 ** decimals[i]!) << BigInt(top - decimals[i]!)),
    scale: 1n << BigInt(top),
  };
}

/**
 * Solves A·x = b exactly for an integer matrix by fraction-free Gauss–Jordan elimination
 * (Bareiss–Montante: every division is exact). Returns x = numerators / denominator with a positive
 * denominator, or null when A is singular. A and b are not modified.
 */
export function solveIntegerSystem(
  a: readonly (readonly bigint[])[],
  b: readonly bigint[],
): { numerators: bigint[]; denominator: bigint } | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0n]);
  let previous = 1n;
  for (let k = 0; k < n; k++) {
    const pivotRow = m.findIndex((row, r) => r >= k && row[k] !== 0n);
    if (pivotRow < 0) return null;
    [m[k], m[pivotRow]] = [m[pivotRow]!, m[k]!];
    const top = m[k]!;
    const pivot = top[k]!;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const row = m[i]!;
      const factor = row[k]!;
      for (let j = 0; j <= n; j++) if (j !== k) row[j] = (pivot * row[j]! - factor * top[j]!) / previous;
      row[k] = 0n;
    }
    previous = pivot;
  }
  // Every diagonal entry now equals the determinant (up to the sign of the row swaps).
  const denominator = m[0]?.[0] ?? 1n;
  const sign = denominator < 0n ? -1n : 1n;
  return { numerators: m.map((row) => sign * row[n]!), denominator: sign * denominator };
}

/** ⌊n / d⌋ for d > 0. */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/** n / d (d > 0) rounded to the nearest integer, halves away from zero. */
export function roundDiv(n: bigint, d: bigint): bigint {
  return n < 0n ? -floorDiv(2n * -n + d, 2n * d) : floorDiv(2n * n + d, 2n * d);
}

/**
 * Largest remainder: integers that add up to `total`, each the floor or the ceiling of its exact
 * value `numerators[i] / denominator`; what is left after flooring goes to the largest fractional
 * parts (ties: the first index). `total` must be the exact sum of the values.
 */
export function roundToTotal(numerators: readonly bigint[], denominator: bigint, total: bigint): bigint[] {
  const floors = numerators.map((n) => floorDiv(n, denominator));
  let left = total - floors.reduce((a, v) => a + v, 0n);
  if (left < 0n || left > BigInt(numerators.length))
    throw new RangeError('roundToTotal: total is not the sum of the values');
  const order = numerators
    .map((n, i) => ({ i, rest: n - floors[i]! * denominator }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors;
}
