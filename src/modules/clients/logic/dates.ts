/**
 * Calendar arithmetic on ISO dates (`yyyy-mm-dd`) and months (`yyyy-mm`), in whole days, with no
 * time zones: a date is a day number (days since 1970-01-01) computed through UTC.
 */
import { fail } from './errors.ts';
import { msg } from '../messages.ts';

/** A calendar date as `yyyy-mm-dd`. */
export type IsoDate = string;
/** A calendar month as `yyyy-mm`. */
export type IsoMonth = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True when `s` is a real calendar date written as `yyyy-mm-dd`. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of an ISO date; throws `invalid_date` for anything else. */
export function dayNumber(iso: IsoDate): number {
  if (!isIsoDate(iso)) fail('invalid_date', msg('invalid_date_yyyymmdd', { iso }));
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The ISO date of a day number. */
export function isoFromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` plus `n` days (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + n);
}

/** Days from `from` to `to` (`to − from`; negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 365 or 366. */
export function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/**
 * `iso` plus `n` calendar months; a day that does not exist in the target month becomes that
 * month's last day (31 October + 4 months = 28 or 29 February).
 */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  dayNumber(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ty, tm))).padStart(2, '0')}`;
}

/** The year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Checks an ISO month and returns its year and month number. */
export function parseMonth(month: IsoMonth): { year: number; month: number } {
  const m = ISO_MONTH.exec(month);
  const mo = m ? Number(m[2]) : 0;
  if (!m || mo < 1 || mo > 12) fail('invalid_month', msg('invalid_month', { month }));
  return { year: Number(m[1]), month: mo };
}

/** First and last day of a month. */
export function monthBounds(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  const { year, month: mo } = parseMonth(month);
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, mo)).padStart(2, '0')}` };
}

/** `month` plus `n` months. */
export function addMonthsToMonth(month: IsoMonth, n: number): IsoMonth {
  return addMonths(`${month}-01`, n).slice(0, 7);
}

/** Number of days two inclusive periods share (0 when they do not meet). */
export function overlapDays(aFrom: IsoDate, aTo: IsoDate, bFrom: IsoDate, bTo: IsoDate): number {
  const from = Math.max(dayNumber(aFrom), dayNumber(bFrom));
  const to = Math.min(dayNumber(aTo), dayNumber(bTo));
  return to >= from ? to - from + 1 : 0;
}

/** The later of two ISO dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two ISO dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/**
 * Whole calendar years and months from `from` to `to` (`to` not before `from`): 2019-06-15 →
 * 2021-12-14 is 2 years 5 months.
 */
export function yearsAndMonths(from: IsoDate, to: IsoDate): { years: number; months: number } {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let total = (ty - fy) * 12 + (tm - fm);
  if (td < fd && addMonths(from, total) > to) total -= 1;
  total = Math.max(0, total);
  return { years: Math.floor(total / 12), months: total % 12 };
}
