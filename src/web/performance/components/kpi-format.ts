/** How KPI values read: Belgian numbers with the KPI's decimals and unit. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../format.ts';
import { intlLocale } from '../../i18n.ts';
import type { KpiUnit } from '../kpi-api.ts';

export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, decimals: number): string {
  if (value === null || value === undefined) return '—';
  const n = new Intl.NumberFormat(intlLocale(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  if (unit === 'percent') return `${n} %`;
  if (unit === 'euro') return `€ ${n}`;
  return n;
}

/** The unit as a short suffix for labels ("dagen", "uren" …); empty for percent and euro (already in the value). */
export function unitText(unit: KpiUnit, t: TFunction): string {
  return t(`performance.units.${unit}`);
}

export const nameOf = (k: { nameNl: string; nameEn: string }, lang: string) =>
  lang === 'en' && k.nameEn ? k.nameEn : k.nameNl;
export const textOf = (x: { nl: string; en: string }, lang: string) => (lang === 'en' ? x.en : x.nl);
export { formatNumber };
