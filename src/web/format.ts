/**
 * Belgian number, money and date formats via Intl, in the current interface language
 * (nl-BE: 1.234,56 — € 1.234,56 — 22/11/2026).
 */
import { intlLocale } from './i18n.ts';

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A number with Belgian grouping and decimal separators. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits }).format(value);
}

/** An amount of money in euro: `€ 1.234,56`. */
export function formatMoney(euros: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: 'EUR' }).format(euros);
}

/** An amount of money given in integer euro cents, as the server keeps it: `€ 1.234,56`. */
export function formatMoneyCents(cents: number): string {
  return formatMoney(cents / 100);
}

/** A calendar date: `22/11/2026`. */
export function formatDate(value: string | number | Date): string {
  return new Intl.DateTimeFormat(intlLocale(), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    toDate(value),
  );
}

/** A date with the time of day: `22/11/2026 14:05`. */
export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value);
  const time = new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${formatDate(date)} ${time.format(date)}`;
}

/** The name of a month, 1 = January: `januari`. */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { month: 'long' }).format(new Date(2000, month - 1, 1));
}
