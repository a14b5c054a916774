/**
 * Number formats for ECharts (axes, tooltips, labels) in the interface language, beside format.ts:
 * nl-BE writes `1.234,5`, `€ 4,1 mln.`, `87 %`; English (en-GB) `1,234.5`, `€4.1M`, `87%`. One
 * percent style (Intl's), counts without decimals, points and other units named. ECharts' own
 * defaults (`{value}`, plain `toString`) know no locale: give every value axis and tooltip one of these.
 *
 *   yAxis: { type: 'value', ...countAxis() },
 *   tooltip: { trigger: 'axis', valueFormatter: chartValue(moneyEuro) },
 */
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import { intlLocale } from './i18n.ts';

type Format = (value: number) => string;

/** A number with at most `decimals` decimals. */
export const chartNumber =
  (decimals = 1): Format =>
  (value) =>
    formatNumber(value, decimals);

/** A count: whole numbers only ("4", never "4,0"). */
export const chartCount: Format = (value) => formatNumber(Math.round(value), 0);

/** A percentage given as a percent (87.5 → "88 %" / "88%"), in Intl's one style. */
export const chartPercent =
  (decimals = 0): Format =>
  (value) =>
    formatPercent(value, { decimals });

/** Euro, whole euros: "€ 4.100" / "€4,100". */
export const moneyEuro: Format = (value) =>
  new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);

/** Euro for an axis, shortened for large amounts: "€ 4,1 mln." / "€4.1M", "€ 250K" / "€250K". */
export const moneyAxis: Format = (value) =>
  Math.abs(value) < 10_000
    ? moneyEuro(value)
    : new Intl.NumberFormat(intlLocale(), {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(value);

/** Exact euro with cents, for tooltips. */
export const moneyExact: Format = (value) => formatMoney(value);

/** A value followed by its unit's word ("12,5 punten" / "12.5 points"). */
export const withUnit =
  (format: Format, unit: string): Format =>
  (value) =>
    unit ? `${format(value)} ${unit}` : format(value);

/** A value axis with these labels; a count axis also keeps its ticks on whole numbers. */
export function valueAxis(format: Format, extra: Record<string, unknown> = {}) {
  return { type: 'value' as const, axisLabel: { formatter: format }, ...extra };
}

export function countAxis(extra: Record<string, unknown> = {}) {
  return valueAxis(chartCount, { minInterval: 1, ...extra });
}

/** A tooltip valueFormatter that leaves empty points empty. */
export function chartValue(format: Format): (value: unknown) => string {
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? format(value) : '—');
}
