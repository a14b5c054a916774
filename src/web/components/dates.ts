/**
 * Typed dates of the DateField: Belgians write day/month/year (30/11/2026, 30-11-2026, 30.11.2026,
 * 1/2/2026); an ISO `2026-11-30` (pasted, or typed by a test) is read as well. Pure, no time zone:
 * the value is a calendar date.
 */
import type { IsoDate } from '../../lib/calendar.ts';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-mm-dd` when the text names a real calendar date, else null (31/02/2026 is null). */
export function parseDateText(text: string): IsoDate | null {
  const trimmed = text.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const parts = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The way a DateField shows an ISO date: `30/11/2026` (nl-BE and en-BE alike). */
export function showDate(value: IsoDate): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}
