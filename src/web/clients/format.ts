/**
 * Points and dates of the clients pages. Points are exact strings from the server ("21.9000"): they
 * are shown with 4 decimals in the interface language (nl: 1.021,9000) without a float round trip.
 */
import { currentLocale } from '../i18n.ts';
import { addDays, today } from '../../lib/calendar.ts';

/** "1021.9000" → "1.021,9000" (nl) or "1,021.9000" (en). */
export function formatPoints(points: string | null | undefined): string {
  if (points === null || points === undefined || points === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(points.trim());
  if (!match) return points;
  const [, sign, whole = '0', frac = ''] = match;
  const nl = currentLocale() === 'nl';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, nl ? '.' : ',');
  return `${sign}${grouped}${nl ? ',' : '.'}${frac.padEnd(4, '0').slice(0, 4)}`;
}

/** Ten-thousandths of a point (statement documents) → "21,9000". */
export function formatPointsE4(e4: number): string {
  const sign = e4 < 0 ? '-' : '';
  const abs = Math.abs(Math.round(e4));
  return formatPoints(`${sign}${Math.trunc(abs / 10_000)}.${String(abs % 10_000).padStart(4, '0')}`);
}

/** A points string as a number, for sorting and comparing only. */
export const pointsValue = (points: string | null | undefined) => Number(points ?? 0);

/** What the user typed ("21,9", "1.021,9000", "21.9000") as the server's points text, or null when it is not one. */
export function pointsInput(text: string): string | null {
  const raw = text.trim().replace(/\s/g, '');
  const t = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
  return /^\d+(\.\d{1,4})?$/.test(t) ? t : null;
}

// Today is the Brussels date, the same as on the server (src/lib/calendar.ts).
export { addDays, today };

/** The Monday of the week holding `iso`. */
export function mondayOf(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/** "2 j 6 m" / "2 y 6 m" for a number of days. */
export function durationText(days: number | null, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (days === null) return '—';
  const months = Math.floor(days / 30.4375);
  return t('clients.waiting.duration', { years: Math.floor(months / 12), months: months % 12 });
}
