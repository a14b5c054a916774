/**
 * The calendar pieces the sociale balans and the HR key figures share: month ends, overlaps, the
 * contracts in force on a day and the employment spells (runs of contracts without a gap). Dates are
 * Brussels calendar days as 'yyyy-mm-dd' text, so they compare as strings.
 */
import { addDays } from '../../../lib/calendar.ts';
import { coversDay, endOf } from './contracts.ts';
import type { Contract } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The last day of month `month` (1-12) of `year`. */
export function monthEnd(year: number, month: number): string {
  const key = year * 100 + month;
  let end = MONTH_ENDS.get(key);
  if (end === undefined) {
    end = `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
    MONTH_ENDS.set(key, end);
  }
  return end;
}
const MONTH_ENDS = new Map<number, string>();
export const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;

/** Calendar days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysIncl(from: string, to: string): number {
  return Math.max(0, Math.round((utc(to) - utc(from)) / 86_400_000) + 1);
}

/** Monday to Friday between `from` and `to`, both included. */
export function weekdaysIncl(from: string, to: string): number {
  const days = daysIncl(from, to);
  if (days === 0) return 0;
  const startDow = new Date(utc(from)).getUTCDay();
  let count = Math.floor(days / 7) * 5;
  for (let i = 0; i < days % 7; i++) {
    const dow = (startDow + i) % 7;
    if (dow !== 0 && dow !== 6) count++;
  }
  return count;
}

/** The part of [from, to] inside [lo, hi], or null. */
export function clip(from: string, to: string | null, lo: string, hi: string): [string, string] | null {
  const a = from > lo ? from : lo;
  const b = to === null || to > hi ? hi : to;
  return a <= b ? [a, b] : null;
}

/** Working-time fraction of several contracts at once, capped at full time. */
export const fractionOf = (cs: Contract[]) =>
  Math.min(
    1,
    cs.reduce((a, c) => a + c.weeklyHours / c.fullTimeHours, 0),
  );

/** The main contract among those in force: the most hours, then the latest start. */
export function mainContract(cs: Contract[]): Contract {
  return cs.reduce((a, c) =>
    c.weeklyHours > a.weeklyHours || (c.weeklyHours === a.weeklyHours && c.startsOn > a.startsOn) ? c : a,
  );
}

/** A run of one person's contracts that follow each other without a gap: its start an entry, its end an exit. */
export interface Spell {
  employeeId: string;
  startsOn: string;
  endsOn: string | null;
  first: Contract;
  last: Contract;
}

/**
 * The employment spells of every person. A contract that starts at most one day after the previous
 * one ends continues the spell, so a fixed-term contract converted to an indefinite one is neither an
 * exit nor an entry.
 */
export function spellsOf(contracts: Contract[]): Spell[] {
  const spells: Spell[] = [];
  for (const [employeeId, cs] of byPerson(contracts)) {
    cs.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || endOf(a).localeCompare(endOf(b)));
    let current: Spell | null = null;
    for (const c of cs) {
      if (current && (current.endsOn === null || c.startsOn <= addDays(current.endsOn, 1))) {
        const later = current.endsOn !== null && (c.endsOn === null || c.endsOn >= current.endsOn);
        if (current.endsOn !== null && later) {
          current.endsOn = c.endsOn;
          current.last = c;
        }
        continue;
      }
      current = { employeeId, startsOn: c.startsOn, endsOn: c.endsOn, first: c, last: c };
      spells.push(current);
    }
  }
  return spells;
}

/** Contracts in force on `day`, per person. */
export function inForceOn(contracts: Contract[], day: string): Map<string, Contract[]> {
  return byPerson(contracts.filter((c) => coversDay(c, day)));
}

/** Contracts grouped per person, in the order given. */
function byPerson(contracts: Contract[]): Map<string, Contract[]> {
  const out = new Map<string, Contract[]>();
  for (const c of contracts) {
    const list = out.get(c.employeeId);
    if (list) list.push(c);
    else out.set(c.employeeId, [c]);
  }
  return out;
}
