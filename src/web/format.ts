/**
 * Belgian number, money and date formats via Intl, in the current interface language
 * (nl-BE: 1.234,56 — € 1.234,56 — 22/11/2026).
 */
import { TIME_ZONE } from '../lib/calendar.ts';
import { monthName as monthNameIn, periodName } from '../lib/period-words.ts';
import { intlLocale } from './i18n.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Intl formatters are costly to build (a table of 60 rows built one per cell took ~1 ms each on a
 * busy machine): one per language and options, kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A moment, and the zone to read its calendar day in: a plain `yyyy-mm-dd` is that day itself. */
function toDate(value: string | number | Date): { date: Date; timeZone: string } {
  if (typeof value === 'string' && DATE_ONLY.test(value))
    return { date: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' };
  return { date: value instanceof Date ? value : new Date(value), timeZone: TIME_ZONE };
}

/** A number with Belgian grouping and decimal separators. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

/** An amount of money in euro: `€ 1.234,56`; with `whole`, in whole euros as forms ask: `€ 1.235`. */
export function formatMoney(euros: number, { whole = false } = {}): string {
  const digits = whole ? { maximumFractionDigits: 0 } : {};
  return numberFormat({ style: 'currency', currency: 'EUR', ...digits }).format(euros);
}

/** An amount of money given in integer euro cents, as the server keeps it: `€ 1.234,56` (`whole`: `€ 1.235`). */
export function formatMoneyCents(cents: number, options: { whole?: boolean } = {}): string {
  return formatMoney(cents / 100, options);
}

/** A calendar date: `22/11/2026`; a moment is shown as its Brussels date. */
export function formatDate(value: string | number | Date): string {
  const { date, timeZone } = toDate(value);
  return dateFormat({ day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(date);
}

/** A date with the time of day in Brussels: `22/11/2026 14:05`. */
export function formatDateTime(value: string | number | Date): string {
  const { date } = toDate(value);
  const time = new Intl.DateTimeFormat(intlLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });
  return `${formatDate(date)} ${time.format(date)}`;
}

/** The name of a month, 1 = January: `januari`. */
export function monthName(month: number): string {
  return monthNameIn(month, intlLocale());
}

/** A share given as a fraction (0.87) or a percentage (87): `87 %` / `87%`, whole percents by default. */
export function formatPercent(value: number, { fraction = false, decimals = 0 } = {}): string {
  const share = fraction ? value : value / 100;
  return numberFormat({ style: 'percent', maximumFractionDigits: decimals }).format(share);
}

/** A KPI period in words: `2026-11` → "november 2026", `2026-Q3` → "3e kwartaal 2026" / "Q3 2026", `2026` → "2026". */
export function formatPeriod(period: string): string {
  return periodName(period, intlLocale()) ?? period;
}

/** A calendar day in words: "woensdag 2 december 2026". */
export function formatLongDate(day: string): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A day as a short column heading: "ma 4/3" / "Mon 4/3". */
export function formatShortDay(day: string): string {
  const weekday = new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
  return `${weekday} ${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`;
}
