/**
 * Months and KPI periods in words, from `Intl.DateTimeFormat` (one source for the server, the CLI, the
 * bench and the UI): `monthName(3, 'nl-BE')` → "maart"; `periodName('2026-03', 'en-GB')` → "March 2026",
 * `2026-Q3` → "3e kwartaal 2026" / "Q3 2026". `periodInWords` gives a period in Dutch and English at once
 * for server messages; the UI calls `periodName` in its interface language (`formatPeriod` in
 * src/web/format.ts). Anything that is not a month or a quarter is returned as it is.
 */
import type { Lang, Message } from './messages.ts';

/** The locale a language's names are taken from. */
const BELGIAN_DUTCH = 'nl-BE';
export const LOCALES: Record<Lang, string> = { nl: BELGIAN_DUTCH, en: 'en-GB' };

/** The name of a month, 1 = January: `januari` (nl-BE), `January` (en-GB). */
export function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** A month (`2026-03`) or a quarter (`2026-Q3`) in words; undefined for anything else. */
export function periodName(period: string, locale: string): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? `${monthName(m, locale)} ${month[1]}` : undefined;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter)
    return locale.startsWith('nl') ? `${quarter[2]}e kwartaal ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  return undefined;
}

/** A KPI period in words for server messages, in Dutch and English at once (not a catalogue message). */
export function periodInWords(period: string): Message {
  const p = period.trim().toUpperCase();
  return { nl: periodName(p, LOCALES.nl) ?? period, en: periodName(p, LOCALES.en) ?? period };
}
