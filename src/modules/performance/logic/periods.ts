/**
 * Periods of KPI values: '2026-03' (month), '2026-Q1' (quarter), '2026' (year). A value belongs to
 * a period of its KPI's frequency; the target valid on the period's first day applies.
 */
export type Frequency = 'month' | 'quarter' | 'year';

export interface Period {
  frequency: Frequency;
  year: number /** month 1-12, quarter 1-4, or 1 for a year */;
  index: number;
}

const PATTERNS: [Frequency, RegExp][] = [
  ['month', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['year', /^(\d{4})$/],
];

/** The period of a text, or null when it is none of the three forms (a lower-case 'q' is accepted). */
export function parsePeriod(text: string): Period | null {
  const t = text.trim().toUpperCase();
  for (const [frequency, re] of PATTERNS) {
    const m = re.exec(t);
    if (m) {
      const year = Number(m[1]);
      if (year < 2000 || year > 2100) return null;
      return { frequency, year, index: frequency === 'year' ? 1 : Number(m[2]) };
    }
  }
  return null;
}

export function formatPeriod(p: Period): string {
  if (p.frequency === 'year') return String(p.year);
  if (p.frequency === 'quarter') return `${p.year}-Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

const perYear = (f: Frequency) => (f === 'month' ? 12 : f === 'quarter' ? 4 : 1);

/** The period `n` steps after `p` (negative: before). */
export function shiftPeriod(p: Period, n: number): Period {
  const k = perYear(p.frequency);
  const ordinal = p.year * k + (p.index - 1) + n;
  return { frequency: p.frequency, year: Math.floor(ordinal / k), index: (ordinal % k) + 1 };
}

/** First day ('yyyy-mm-dd') of a period. */
export function periodStart(p: Period): string {
  const month = p.frequency === 'month' ? p.index : p.frequency === 'quarter' ? (p.index - 1) * 3 + 1 : 1;
  return `${p.year}-${String(month).padStart(2, '0')}-01`;
}

/** Last day ('yyyy-mm-dd') of a period. */
export function periodEnd(p: Period): string {
  const next = periodStart(shiftPeriod(p, 1));
  return new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The period of frequency `f` that holds a day 'yyyy-mm-dd'. */
export function periodOfDay(day: string, f: Frequency): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { frequency: f, year, index: f === 'month' ? month : f === 'quarter' ? Math.floor((month - 1) / 3) + 1 : 1 };
}

/** The periods from `from` to `to` inclusive (same frequency); empty when `to` comes first. */
export function periodRange(from: Period, to: Period, limit = 1000): string[] {
  const out: string[] = [];
  for (let p = from; periodStart(p) <= periodStart(to) && out.length < limit; p = shiftPeriod(p, 1))
    out.push(formatPeriod(p));
  return out;
}

/** The last `n` periods of frequency `f` ending with the one that holds `day`. */
export function lastPeriods(day: string, f: Frequency, n: number): string[] {
  const end = periodOfDay(day, f);
  return periodRange(shiftPeriod(end, -(n - 1)), end);
}

/** A period text as an ordinal that sorts periods of one frequency in time. */
export function periodKey(text: string): string {
  const p = parsePeriod(text);
  return p ? periodStart(p) : text;
}
