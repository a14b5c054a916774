/**
 * Belgian number, money and date formats and the unit-of-service labels shared by the exports of
 * every module (CSV, XLSX, PDF). Everything here is pure; the formats come from `Intl` with the
 * `nl-BE` or `en-BE` locale.
 */
import type { Lang } from '../../server/errors.ts';
import { msg } from './messages.ts';

export type { Lang };

/** The `Intl` locale of a language: Belgian Dutch or Belgian English. */
export function locale(lang: Lang): 'nl-BE' | 'en-BE' {
  return lang === 'en' ? 'en-BE' : 'nl-BE';
}

/** A bilingual label. */
export interface Label {
  nl: string;
  en: string;
}

/** Names of the units of service (singular). */
export const UNIT_LABELS = {
  day: msg('day'),
  night: msg('night'),
  hour: msg('hour'),
  session: msg('session'),
  meal: msg('meal'),
  client_year: msg('clientyear'),
  unit: msg('unit'),
} satisfies Record<string, Label>;

/** The label of a unit code in a language ('—' / '' for none). */
export function unitLabel(unit: string | null | undefined, lang: Lang, none = ''): string {
  if (!unit) return none;
  return (UNIT_LABELS as Record<string, Label | undefined>)[unit]?.[lang] ?? unit;
}

/**
 * Money is written `€ 1.234,56` in both languages. ICU's en-BE writes numbers as `1.234,5` but
 * amounts as `€1,234.50`; mixing both in one English report would confuse, so amounts use the
 * nl-BE currency pattern, which matches en-BE's numbers and percentages.
 */
export function moneyFormat(fractionDigits = 2): Intl.NumberFormat {
  return new Intl.NumberFormat('nl-BE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** `€ 1.234,56` from cents (see `moneyFormat`); `none` for null. `lang` is kept for symmetry. */
export function money(cents: number | null | undefined, _lang: Lang, none = '—'): string {
  if (cents === null || cents === undefined) return none;
  return moneyFormat().format(cents / 100);
}

/** A ratio as a percentage with one decimal (`87,5%`); `none` for null. */
export function percent(ratio: number | null | undefined, lang: Lang, none = '—'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return none;
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** A number with Belgian grouping and at most `digits` decimals (`12.345,5`). */
export function number(value: number | null | undefined, lang: Lang, digits = 2, none = '—'): string {
  if (value === null || value === undefined) return none;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A date as `22/11/2026`. */
export function date(value: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(value);
}
