/**
 * Points as integer ten-thousandths (`PointsE4`): 7.75 points = 77_500. VAPH points carry four
 * decimals, so every sum is exact integer arithmetic; money is integer cents.
 */
import type { Cents, Parsed } from './errors.ts';
import { fail } from './errors.ts';
import type { Message } from './errors.ts';
import { msg } from '../messages.ts';

/** Points × 10,000, always a (safe) integer. 7.75 points = 77_500. */
export type PointsE4 = number;
/** Language of a formatted figure. */
export type Lang = 'nl' | 'en';

/** Ten-thousandths in one point. */
export const E4 = 10_000;

const POINTS_TEXT = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

function refuse(code: string, m: Message): Parsed<PointsE4> {
  return { ok: false, reason: { code, nl: m.nl, en: m.en } };
}

/**
 * Reads points: "12,3456", "12.3456", "-0,5", " 7 ", or a number (12.3456). The single mark `,`
 * or `.` is always the decimal mark (points are never written with thousands separators).
 * More than four decimals are refused with `points_precision` unless the extra digits are zeros.
 */
export function parsePoints(input: string | number): Parsed<PointsE4> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return refuse('invalid_points', msg('invalid_points_number'));
    const e4 = Math.round(input * E4);
    if (!Number.isSafeInteger(e4)) return refuse('points_range', msg('points_range'));
    // A float is "4 decimals" when it is the nearest double to a 4-decimal value.
    if (Math.abs(e4 / E4 - input) > 1e-9 * Math.max(1, Math.abs(input))) return precision(String(input));
    return { ok: true, value: e4 === 0 ? 0 : e4 };
  }
  const text = input.trim().replace(/[\s\u00a0\u202f]+/g, '');
  if (text === '') return refuse('empty_points', msg('empty_points'));
  const m = POINTS_TEXT.exec(text);
  if (!m || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) {
    return refuse('invalid_points', msg('invalid_points_3', { input }));
  }
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 4) return precision(input);
  const e4 = Number(m[2] || '0') * E4 + Number(fraction.padEnd(4, '0'));
  if (!Number.isSafeInteger(e4)) return refuse('points_range', msg('points_range'));
  return { ok: true, value: m[1] === '-' && e4 !== 0 ? -e4 : e4 };
}

function precision(input: string): Parsed<PointsE4> {
  return refuse('points_precision', msg('points_precision', { input }));
}

/** Like {@link parsePoints} but throws the reason; for seed data and tests. */
export function points(input: string | number): PointsE4 {
  const parsed = parsePoints(input);
  if (!parsed.ok) fail(parsed.reason.code, parsed.reason);
  return parsed.value;
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Formats an integer with a fixed number of decimals given as an integer scaled by 10^decimals. */
function formatScaled(scaled: number, decimals: number, lang: Lang): string {
  const sign = scaled < 0 ? '-' : '';
  const abs = Math.abs(scaled);
  const unit = 10 ** decimals;
  const int = String(Math.floor(abs / unit));
  const frac = String(abs % unit).padStart(decimals, '0');
  const [thousands, mark] = lang === 'nl' ? ['.', ','] : [',', '.'];
  return `${sign}${group(int, thousands)}${decimals > 0 ? mark + frac : ''}`;
}

/** Points with always four decimals: nl "1.234,5000", en "1,234.5000". */
export function formatPoints(e4: PointsE4, lang: Lang): string {
  assertE4(e4, 'formatPoints');
  return formatScaled(e4, 4, lang);
}

/** Euro from cents: nl "€ 1.234,56", en "€1,234.56". */
export function formatCents(cents: Cents, lang: Lang): string {
  const n = formatScaled(Math.abs(cents), 2, lang);
  const sign = cents < 0 ? '-' : '';
  return lang === 'nl' ? `${sign}€ ${n}` : `${sign}€${n}`;
}

/** A plain number rounded half away from zero to `decimals` decimals: nl "52,14". */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  return formatScaled(roundHalfAway(value * 10 ** decimals), decimals, lang);
}

/** Rounds half away from zero to an integer (2.5 → 3, −2.5 → −3). */
export function roundHalfAway(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/**
 * `numerator / denominator` for integers, rounded half away from zero, exactly (BigInt when the
 * numerator is beyond 2^53).
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(denominator) || denominator === 0) throw new RangeError('divideRounded: bad denominator');
  if (Number.isSafeInteger(numerator)) {
    const sign = Math.sign(numerator) * Math.sign(denominator);
    const n = Math.abs(numerator);
    const d = Math.abs(denominator);
    const q = Math.floor(n / d);
    const r = n - q * d;
    const result = sign * (2 * r >= d ? q + 1 : q);
    return result === 0 ? 0 : result;
  }
  throw new RangeError('divideRounded: numerator is not a safe integer');
}

function multiplyDivideRounded(a: number, b: number, d: number): number {
  const p = a * b;
  if (Number.isSafeInteger(p)) return divideRounded(p, d);
  const big = BigInt(a) * BigInt(b);
  const bd = BigInt(d);
  const neg = big < 0n !== bd < 0n;
  const n = big < 0n ? -big : big;
  const dd = bd < 0n ? -bd : bd;
  let q = n / dd;
  if (2n * (n - q * dd) >= dd) q += 1n;
  return Number(neg ? -q : q);
}

function assertE4(e4: PointsE4, where: string): void {
  if (!Number.isSafeInteger(e4)) throw new RangeError(`${where}: ${e4} is not whole ten-thousandths of a point`);
}

/** Euro cents of `e4` points at `centsPerPoint`, rounded half away from zero to the cent. */
export function pointsToCents(e4: PointsE4, centsPerPoint: Cents): Cents {
  assertE4(e4, 'pointsToCents');
  if (!Number.isSafeInteger(centsPerPoint)) throw new RangeError('pointsToCents: the point value must be whole cents');
  return multiplyDivideRounded(e4, centsPerPoint, E4);
}

/** The default organisation-related rate: 25.35% as a fraction × 10,000. */
export const ORGANISATION_RATE_E4 = 2535;

/**
 * Organisatiegebonden punten for zorggebonden points spent in voucher: `zorggebondenE4 × rate`,
 * rounded half away from zero to 0.0001 point. `rateE4` is the fraction × 10,000 (25.35% = 2535;
 * take it from the rule table `organisationRate` for the date).
 */
export function organisationPoints(zorggebondenE4: PointsE4, rateE4: number = ORGANISATION_RATE_E4): PointsE4 {
  assertE4(zorggebondenE4, 'organisationPoints');
  if (!Number.isSafeInteger(rateE4) || rateE4 < 0)
    throw new RangeError('organisationPoints: rate must be a whole number ≥ 0');
  return multiplyDivideRounded(zorggebondenE4, rateE4, E4);
}

/** Exact sum of points. */
export function sumPoints(values: Iterable<PointsE4>): PointsE4 {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) throw new RangeError('sumPoints: sum is not a safe integer');
  return total;
}

/** Points of `units` (a count that may have decimals, e.g. prorated weeks) at a price per unit. */
export function unitsTimesPrice(units: number, priceE4: PointsE4): PointsE4 {
  return roundHalfAway(units * priceE4);
}
