/**
 * Labels and Belgian number, money and date formats shared by the finance exports (CSV, XLSX, PDF).
 * Everything here is pure; the formats come from `Intl` with the `nl-BE` or `en-BE` locale.
 */
import type { IncomeType } from '../logic/index.ts';
import type { Lang } from '../../../server/errors.ts';

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

/** Names of the income types, as on the screens. */
export const INCOME_TYPE_LABELS: Record<IncomeType, Label> = {
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  pvf_voucher: { nl: 'PVF voucher', en: 'PVF voucher' },
  pvf_cash: { nl: 'PVF cash', en: 'PVF cash' },
  woon_leefkosten: { nl: 'Woon- en leefkosten', en: 'Housing and living costs' },
  sales: { nl: 'Verkoop en eigen inkomsten', en: 'Sales and own income' },
  gifts_legacies: { nl: 'Giften en legaten', en: 'Gifts and legacies' },
  membership_fees: { nl: 'Lidgelden', en: 'Membership fees' },
  other: { nl: 'Andere', en: 'Other' },
};

/** Names of the units of service (singular). */
export const UNIT_LABELS: Record<string, Label> = {
  day: { nl: 'dag', en: 'day' },
  night: { nl: 'nacht', en: 'night' },
  hour: { nl: 'uur', en: 'hour' },
  session: { nl: 'sessie', en: 'session' },
  meal: { nl: 'maaltijd', en: 'meal' },
  client_year: { nl: 'cliëntjaar', en: 'client-year' },
  unit: { nl: 'eenheid', en: 'unit' },
};

/** Names of the allocation methods. */
export const METHOD_LABELS: Record<'stepdown' | 'reciprocal', Label> = {
  stepdown: { nl: 'getrapte verdeling (step-down)', en: 'step-down allocation' },
  reciprocal: { nl: 'reciproque methode (wederzijdse verdeling)', en: 'reciprocal method' },
};

/** The label of a unit code in a language ('—' / '' for none). */
export function unitLabel(unit: string | null | undefined, lang: Lang, none = ''): string {
  if (!unit) return none;
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}

/**
 * Money is written `€ 1.234,56` in both languages. ICU's en-BE writes numbers as `1.234,5` but
 * amounts as `€1,234.50`; mixing both in one English report would confuse, so amounts use the
 * nl-BE currency pattern, which matches en-BE's numbers and percentages.
 */
export function moneyFormat(fractionDigits = 2): Intl.NumberFormat {
  return new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** `€ 1.234,56` from cents (see `moneyFormat`); `none` for null. `lang` is kept for symmetry. */
export function money(cents: number | null | undefined, _lang: Lang, none = '—'): string {
  if (cents === null || cents === undefined) return none;
  return moneyFormat().format(cents / 100);
}

/** A ratio as a percentage with one decimal (`87,5%`); `none` for null. */
export function percent(ratio: number | null | undefined, lang: Lang, none = '—'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return none;
  return new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);
}

/** A number with Belgian grouping and at most `digits` decimals (`12.345,5`). */
export function number(value: number | null | undefined, lang: Lang, digits = 2, none = '—'): string {
  if (value === null || value === undefined) return none;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A date as `22/11/2026`. */
export function date(value: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Brussels' }).format(value);
}

/** The name of a centre code in a report, else the code itself. */
export function centreNames(view: { centres: readonly { code: string; name: string }[] }): (code: string) => string {
  const names = new Map(view.centres.map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
