/**
 * Splitting an amount of cents over shares so the parts add up to the amount exactly
 * (largest-remainder rounding).
 */
import type { Cents } from './errors.ts';

/**
 * Splits `total` cents in proportion to `weights` (non-negative, positive sum). Each part is the
 * floor of its exact share; the cents left over go to the largest remainders (ties: first index).
 * A negative total is split as its absolute value and negated. The parts always sum to `total`.
 */
export function splitCents(total: Cents, weights: readonly number[]): Cents[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`splitCents: total ${total} is not whole cents`);
  const sum = weights.reduce((a, w) => a + w, 0);
  if (!(sum > 0) || weights.some((w) => !(w >= 0) || !Number.isFinite(w))) {
    throw new RangeError('splitCents: weights must be non-negative with a positive sum');
  }
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const parts = weights.map((w) => Math.floor((abs * w) / sum));
  let left = abs - parts.reduce((a, p) => a + p, 0);
  if (left > 0) {
    const order = weights
      .map((w, i) => ({ i, rest: (abs * w) / sum - (parts[i] ?? 0), w }))
      .filter((x) => x.w > 0)
      .sort((a, b) => b.rest - a.rest || a.i - b.i);
    for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
      const target = order[k]!.i;
      parts[target] = (parts[target] ?? 0) + 1;
    }
  }
  return sign < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}
