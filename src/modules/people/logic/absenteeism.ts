/**
 * Absenteeism as DOMAIN.md §5 defines it: sick days per 100 days to be worked, short (a spell shorter
 * than one month) and long (a spell of one month or more, counted up to one year: after a year of
 * sickness a person is in invalidity, no longer absent from a job they still hold). Pure: no I/O.
 *
 * - Days to be worked: Monday to Friday under contract in the period, each at the contract's
 *   working-time fraction (weekly hours ÷ the full-time week), so a half-timer's day counts half.
 * - Sick days: the weekdays of a sickness spell inside the period and under contract, at the same
 *   fraction. Sickness records of one person that overlap or follow each other (the next starts at
 *   most a day after the previous ends: a prolongation) are one spell; the spell's length decides
 *   short or long, for all its days.
 */
import { addDays } from '../../../lib/calendar.ts';
import { clip, weekdaysIncl } from './sociale-balans-time.ts';
import type { Absence, Contract } from './types.ts';

export interface SickSpell {
  employeeId: string;
  startsOn: string;
  endsOn: string;
}

export interface Absenteeism {
  /** Sick days (working-time weighted) of short spells in the period. */
  shortDays: number;
  /** Sick days (working-time weighted) of long spells, up to a year after each spell's start. */
  longDays: number;
  /** Days to be worked (working-time weighted). */
  daysToWork: number;
  /** Percentages of the days to be worked; null when there were none. */
  short: number | null;
  long: number | null;
  total: number | null;
}

/** The same day one month later (the last day of that month when it is shorter). */
function sameDayNextMonth(day: string, months = 1): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A spell is long when it lasts at least a month: to the day before the same date a month later, or beyond. */
export const isLongSpell = (s: Pick<SickSpell, 'startsOn' | 'endsOn'>) =>
  s.endsOn >= addDays(sameDayNextMonth(s.startsOn), -1);

/** The last day of a spell that counts as absence: one year after its start at most. */
export const countedUntil = (s: Pick<SickSpell, 'startsOn' | 'endsOn'>) => {
  const yearEnd = addDays(sameDayNextMonth(s.startsOn, 12), -1);
  if (s.endsOn < yearEnd) return s.endsOn;
  return yearEnd;
};

/** Sickness records joined into spells per person (overlapping or at most a day apart). */
export function sickSpells(absences: readonly Absence[]): SickSpell[] {
  const sick = absences
    .filter((a) => a.kind === 'sickness')
    .sort((a, b) =>
      a.employeeId === b.employeeId ? (a.startsOn < b.startsOn ? -1 : 1) : a.employeeId < b.employeeId ? -1 : 1,
    );
  const spells: SickSpell[] = [];
  for (const a of sick) {
    const last = spells.at(-1);
    if (last && last.employeeId === a.employeeId && a.startsOn <= addDays(last.endsOn, 1)) {
      if (a.endsOn > last.endsOn) last.endsOn = a.endsOn;
    } else spells.push({ employeeId: a.employeeId, startsOn: a.startsOn, endsOn: a.endsOn });
  }
  return spells;
}

const pct = (days: number, of: number) => (of > 0 ? Math.round((days / of) * 10_000) / 100 : null);

/** Absenteeism short and long from `from` to `to` (both included). */
export function absenteeism(
  data: { contracts: readonly Contract[]; absences: readonly Absence[] },
  from: string,
  to: string,
): Absenteeism {
  const contractsOf = new Map<string, Contract[]>();
  let daysToWork = 0;
  for (const c of data.contracts) {
    contractsOf.set(c.employeeId, [...(contractsOf.get(c.employeeId) ?? []), c]);
    const part = clip(c.startsOn, c.endsOn, from, to);
    if (part) daysToWork += weekdaysIncl(part[0], part[1]) * (c.weeklyHours / c.fullTimeHours);
  }
  let shortDays = 0;
  let longDays = 0;
  for (const s of sickSpells(data.absences)) {
    const counted = clip(s.startsOn, countedUntil(s), from, to);
    if (!counted) continue;
    let days = 0;
    for (const c of contractsOf.get(s.employeeId) ?? []) {
      const part = clip(c.startsOn, c.endsOn, counted[0], counted[1]);
      if (part) days += weekdaysIncl(part[0], part[1]) * (c.weeklyHours / c.fullTimeHours);
    }
    if (isLongSpell(s)) longDays += days;
    else shortDays += days;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    shortDays: round(shortDays),
    longDays: round(longDays),
    daysToWork: round(daysToWork),
    short: pct(shortDays, daysToWork),
    long: pct(longDays, daysToWork),
    total: pct(shortDays + longDays, daysToWork),
  };
}
