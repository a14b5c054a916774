/** How KPI values read: Belgian numbers with the KPI's decimals and unit. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../format.ts';
import { intlLocale } from '../../i18n.ts';
import type { KpiUnit } from '../kpi-api.ts';

export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, decimals: number): string {
  if (value === null || value === undefined) return '—';
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  // One percent and one euro style for the whole UI: Intl's, in the interface language.
  if (unit === 'percent')
    return new Intl.NumberFormat(intlLocale(), { style: 'percent', ...digits }).format(value / 100);
  if (unit === 'euro')
    return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: 'EUR', ...digits }).format(value);
  return new Intl.NumberFormat(intlLocale(), digits).format(value);
}

/** The unit as a short suffix for labels ("dagen", "uren" …); empty for percent and euro (already in the value). */
export function unitText(unit: KpiUnit, t: TFunction): string {
  return t(`performance.units.${unit}`);
}

export const nameOf = (k: { nameNl: string; nameEn: string }, lang: string) =>
  lang === 'en' && k.nameEn ? k.nameEn : k.nameNl;
export const textOf = (x: { nl: string; en: string }, lang: string) => (lang === 'en' ? x.en : x.nl);
export { formatNumber };
