/**
 * A KPI period in words for server messages, in Dutch and English at once: `2026-03` → "maart 2026" /
 * "March 2026", `2026-Q3` → "3e kwartaal 2026" / "Q3 2026", `2026` → "2026". The UI has its own
 * (`formatPeriod` in src/web/format.ts, the interface language); anything else is returned as it is.
 */
import type { Message } from './messages.ts';

const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function periodInWords(period: string): Message {
  const p = period.trim().toUpperCase();
  const month = /^(\d{4})-(\d{2})$/.exec(p);
  if (month) {
    const i = Number(month[2]) - 1;
    if (i >= 0 && i < 12) return both(`${MONTHS.nl[i]} ${month[1]}`, `${MONTHS.en[i]} ${month[1]}`);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(p);
  if (quarter) return both(`${quarter[2]}e kwartaal ${quarter[1]}`, `Q${quarter[2]} ${quarter[1]}`);
  return both(period, period);
}

/** Not a catalogue message: a period's name, built from its parts. */
function both(nl: string, en: string): Message {
  return { nl, en };
}
