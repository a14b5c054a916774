/** Number helpers of the finance pages: cents ↔ euros, percentages, coverage colours. */
import { formatMoneyCents, formatNumber } from '../format.ts';
import { intlLocale } from '../i18n.ts';

export { formatMoneyCents };

/** Cents as a euro amount for an input (1234.56), or '' for null. */
export function euros(cents: number | null | undefined): number | '' {
  return cents === null || cents === undefined ? '' : cents / 100;
}

/** A euro amount typed in an input → whole cents (null when empty or not a number). */
export function toCents(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** Money or a dash. */
export function money(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '—' : formatMoneyCents(cents);
}

/** A ratio (0.85) as a percentage: `85,0 %`; a dash for null. */
export function percent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(intlLocale(), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** A plain number or a dash. */
export function num(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : formatNumber(value, digits);
}

/** Red below 100 % coverage, green from 100 %. */
export function coverageColor(coverage: number | null | undefined): string | undefined {
  if (coverage === null || coverage === undefined) return undefined;
  return coverage < 1 ? 'red.8' : 'teal.8';
}
