/**
 * The 4-month start rule: a budget must be started within 4 months of the letter that makes it
 * available, otherwise the person falls back to priority group 3 (DOMAIN.md §3).
 */
import { addDays, addMonths, daysBetween, isIsoDate, type IsoDate } from './dates.ts';
import { fail } from './errors.ts';
import { ruleAt, type RuleSet } from './rules.ts';
import { msg } from '../messages.ts';

/** `ok`: in time; `near`: not started and the deadline is within `nearDays`; `passed`: too late. */
export type StartStatus = 'ok' | 'near' | 'passed';

/** The state of the start rule for one budget. */
export interface StartRuleResult {
  status: StartStatus;
  /** The last day on which the budget may be started. */
  deadline: IsoDate;
  /** Days from the reference date (start, else today) to the deadline; negative when passed. */
  daysLeft: number;
  started: boolean;
  /** The day the person falls back to priority group 3 when the budget has not started by the deadline. */
  fallbackOn: IsoDate;
  /** True when the deadline passed before the budget started: the person is back in priority group 3 since `fallbackOn`. */
  fellBack: boolean;
}

/**
 * The start rule for a budget made available on `madeAvailable`. The deadline is that date plus
 * the table's months (month-end clamped: 31 October + 4 months = end of February), inclusive.
 * - started (`startDate` given): `ok` when started on or before the deadline, else `passed`;
 * - not started: against `today`, `passed` after the deadline, `near` when at most `nearDays`
 *   (30) days are left, else `ok`.
 * A `passed` budget means the person fell back to priority group 3 on the day after the deadline.
 */
export function startRuleStatus(
  madeAvailable: IsoDate,
  startDate: IsoDate | null | undefined,
  today: IsoDate,
  rules: RuleSet,
): StartRuleResult {
  for (const d of [madeAvailable, today, ...(startDate ? [startDate] : [])]) {
    if (!isIsoDate(d)) fail('invalid_date', msg('invalid_date_4', { d }));
  }
  const limit = ruleAt(rules.startLimit, madeAvailable, 'starttermijn');
  const deadline = addMonths(madeAvailable, limit.months);
  const started = Boolean(startDate);
  const reference = startDate || today;
  const daysLeft = daysBetween(reference, deadline);
  let status: StartStatus;
  if (daysLeft < 0) status = 'passed';
  else if (!started && daysLeft <= limit.nearDays) status = 'near';
  else status = 'ok';
  return { status, deadline, daysLeft, started, fallbackOn: addDays(deadline, 1), fellBack: status === 'passed' };
}
