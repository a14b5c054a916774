/**
 * The rules of a person's contracts over time (pure): one contract at a time, a dated change closes
 * the running contract the day before, and the employment spell a contract belongs to.
 * Days are 'yyyy-mm-dd' (they compare as text); `endsOn` is inclusive, null while open.
 */
import { addDays } from '../../../lib/calendar.ts';

export interface Period {
  id?: string;
  startsOn: string;
  endsOn: string | null;
}

/** The last day of a period; an open one runs on (a far day, so it still compares as text). */
export const endOf = (p: Period) => p.endsOn ?? '9999-12-31';

/** True when `day` falls in the period (start and end included). */
export const coversDay = (p: Period, day: string) => p.startsOn <= day && day <= endOf(p);

/** True when two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.startsOn <= endOf(b) && b.startsOn <= endOf(a);
}

/** The first of `existing` (other than `candidate` itself, by id) that shares a day with `candidate`. */
export function firstOverlap<P extends Period>(existing: readonly P[], candidate: Period): P | undefined {
  return existing.find((p) => (candidate.id === undefined || p.id !== candidate.id) && overlaps(p, candidate));
}

/** The contract running on `day`, if any. */
export function runningOn<P extends Period>(contracts: readonly P[], day: string): P | undefined {
  return contracts.find((c) => coversDay(c, day));
}

/** The contract shown for a person on `day`: the running one, else the last one that started before it. */
export function currentOrLast<P extends Period>(contracts: readonly P[], day: string): P | undefined {
  const running = runningOn(contracts, day);
  if (running) return running;
  const started = contracts.filter((c) => c.startsOn <= day).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1));
  return started[0];
}

/**
 * The first day of the employment spell `contract` belongs to: walk back through contracts that end
 * the day before the next one starts (a run of contracts without a gap is one spell).
 */
export function spellStart<P extends Period>(contracts: readonly P[], contract: P): string {
  let start = contract.startsOn;
  for (;;) {
    const before = addDays(start, -1);
    const previous = contracts.find((c) => c.endsOn === before);
    if (!previous) return start;
    start = previous.startsOn;
  }
}

/** weeklyHours ÷ fullTimeHours, rounded to 4 decimals. */
export function fteOf(weeklyHours: number, fullTimeHours: number): number {
  return Math.round((weeklyHours / fullTimeHours) * 10_000) / 10_000;
}
