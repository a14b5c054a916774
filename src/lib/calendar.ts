/**
 * The one calendar of Stuurboord: every "today", "this month" and "this year", and the calendar day
 * of a moment, are Brussels dates (Europe/Brussels, UTC+1 in winter, UTC+2 in summer). Between
 * midnight and 01:00/02:00 Brussels time the UTC date is still yesterday: never take today from
 * `new Date().toISOString()`.
 *
 * Used by the server, the command line and the web interface alike (no Node-only imports here).
 * Every function takes the moment as an optional last argument, so that tests can pass one; it
 * defaults to the clock (`new Date()`, which Vitest's fake timers also set).
 */
import { TZDateMini } from '@date-fns/tz';

export const TIME_ZONE = 'Europe/Brussels';

/** A calendar date as `yyyy-mm-dd`. */
export type IsoDate = string;
/** A calendar month as `yyyy-mm`. */
export type IsoMonth = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Brussels calendar date of a moment: 2026-11-30T23:30Z is 2026-12-01. */
export function dateOf(moment: Date | number | string): IsoDate {
  const d = new TZDateMini(new Date(moment).getTime(), TIME_ZONE);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today in Brussels. */
export function today(now: Date = new Date()): IsoDate {
  return dateOf(now);
}

/** This month in Brussels, `yyyy-mm`. */
export function thisMonth(now: Date = new Date()): IsoMonth {
  return today(now).slice(0, 7);
}

/** This year in Brussels. */
export function thisYear(now: Date = new Date()): number {
  return Number(today(now).slice(0, 4));
}

/** A calendar date plus `n` days (n may be negative); pure date arithmetic, no time zone involved. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The Brussels date `n` days from today (negative: before today). */
export function daysFromToday(n: number, now: Date = new Date()): IsoDate {
  return addDays(today(now), n);
}

/** The moment a Brussels calendar date begins (00:00 Brussels time). */
export function startOf(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDateMini(y, m - 1, d, TIME_ZONE).getTime());
}
