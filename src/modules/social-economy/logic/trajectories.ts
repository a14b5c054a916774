/**
 * Transition trajectories (phase 2, DOMAIN.md §6): four phases with a maximum duration, about 140 hours
 * of coaching, the five-year transition deadline of LDE workers (six by exception), warnings before a
 * phase or the deadline ends, the funding per trajectory from a rule table, and success rates.
 */
import { addDays } from '../../../lib/calendar.ts';
import { addMonths, daysBetween } from './dates.ts';
import { type Outcome, type Phase, PHASES, SUCCESS_OUTCOMES } from './types.ts';

/** The longest each phase may last, in months. */
export const PHASE_MAX_MONTHS: Record<Phase, number> = { voortraject: 1, jobmatching: 3, stage: 3, nazorg: 3 };
/** The coaching a trajectory holds, in hours ("140 uren begeleiding per persoon"). */
export const COACHING_HOURS_TARGET = 140;
/** The transition deadline of an LDE worker: five years after the first day, six by exception. */
export const DEADLINE_YEARS = 5;
export const DEADLINE_YEARS_EXCEPTION = 6;
/** The funding per trajectory when the organisation set no rule (about € 4.200, a parameter). */
export const DEFAULT_FUNDING_CENTS = 420_000;
/** How long before its end a phase, and the transition deadline, is announced (days). */
export const PHASE_WARNING_DAYS = 14;
export const DEADLINE_WARNING_DAYS = 180;

export interface PhaseStart {
  phase: Phase;
  startedOn: string;
}
export interface PhaseSpan {
  phase: Phase;
  startedOn: string;
  /** When the next phase started or the outcome was set; null while running. */
  endedOn: string | null;
  /** The last day the phase may last. */
  dueOn: string;
  /** True when it ran (or runs) past its maximum. */
  overrun: boolean;
}

/** The phases a trajectory went through, in order, with their ends and due dates. */
export function phaseSpans(starts: readonly PhaseStart[], outcomeOn: string | null, today: string): PhaseSpan[] {
  const sorted = [...starts].sort(
    (a, b) => a.startedOn.localeCompare(b.startedOn) || PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase),
  );
  return sorted.map((s, i) => {
    const next = sorted[i + 1];
    const endedOn = next ? next.startedOn : outcomeOn;
    const dueOn = addDays(addMonths(s.startedOn, PHASE_MAX_MONTHS[s.phase]), -1);
    return { phase: s.phase, startedOn: s.startedOn, endedOn, dueOn, overrun: (endedOn ?? today) > dueOn };
  });
}

/** The running phase (null once the outcome is set or before the first phase). */
export function currentPhase(starts: readonly PhaseStart[], outcomeOn: string | null): Phase | null {
  if (outcomeOn !== null || starts.length === 0) return null;
  return phaseSpans(starts, null, outcomeOn ?? '9999-12-31').at(-1)?.phase ?? null;
}

/** The phase that may follow `phase` (null after nazorg). */
export function nextPhase(phase: Phase | null): Phase | null {
  if (phase === null) return PHASES[0];
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** The transition deadline of an LDE worker who started on `ldeStartOn`. */
export function transitionDeadline(ldeStartOn: string, exception: boolean): string {
  return addDays(addMonths(ldeStartOn, 12 * (exception ? DEADLINE_YEARS_EXCEPTION : DEADLINE_YEARS)), -1);
}

export type WarningKind = 'phase_end' | 'transition_deadline';
export interface Warning {
  kind: WarningKind;
  workerId: string;
  workerName: string;
  phase: Phase | null;
  dueOn: string;
  /** Days left (negative: overdue). */
  daysLeft: number;
}

export interface WarningInput {
  workerId: string;
  workerName: string;
  ldeStartOn: string | null;
  deadlineException: boolean;
  /** False once the worker left or a trajectory ended with an outcome. */
  active: boolean;
  trajectory: { starts: PhaseStart[]; outcomeOn: string | null } | null;
}

/** The warnings on `today`: running phases ending within PHASE_WARNING_DAYS, deadlines within DEADLINE_WARNING_DAYS. */
export function warningsOn(workers: readonly WarningInput[], today: string): Warning[] {
  const out: Warning[] = [];
  for (const w of workers) {
    if (!w.active) continue;
    const t = w.trajectory;
    if (t && t.outcomeOn === null) {
      const span = phaseSpans(t.starts, null, today).at(-1);
      if (span) {
        const daysLeft = daysBetween(today, span.dueOn);
        if (daysLeft <= PHASE_WARNING_DAYS)
          out.push({
            kind: 'phase_end',
            workerId: w.workerId,
            workerName: w.workerName,
            phase: span.phase,
            dueOn: span.dueOn,
            daysLeft,
          });
      }
    }
    if (w.ldeStartOn !== null && !(t && t.outcomeOn !== null)) {
      const dueOn = transitionDeadline(w.ldeStartOn, w.deadlineException);
      const daysLeft = daysBetween(today, dueOn);
      if (daysLeft <= DEADLINE_WARNING_DAYS)
        out.push({
          kind: 'transition_deadline',
          workerId: w.workerId,
          workerName: w.workerName,
          phase: null,
          dueOn,
          daysLeft,
        });
    }
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.workerName.localeCompare(b.workerName));
}

export interface FundingRule {
  validFrom: string;
  validTo: string | null;
  amountCents: number;
}

/** The funding of a trajectory started on `date`: the rule valid then (latest start first), else the default. */
export function fundingOn(rules: readonly FundingRule[], date: string): number {
  const valid = rules
    .filter((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return valid[0]?.amountCents ?? DEFAULT_FUNDING_CENTS;
}

export interface FinishedTrajectory {
  partnerId: string;
  outcome: Outcome;
  outcomeOn: string;
}
export interface SuccessRate {
  partnerId: string | null;
  year: number | null;
  finished: number;
  succeeded: number;
  /** succeeded / finished, null when none finished. */
  rate: number | null;
}

/** True when the outcome is a transition to regular work (here or elsewhere). */
export const succeeded = (outcome: Outcome) => SUCCESS_OUTCOMES.includes(outcome);

/** Success rates per partner and year of outcome, per partner over all years, and in all. */
export function successRates(done: readonly FinishedTrajectory[]): SuccessRate[] {
  const groups = new Map<string, SuccessRate>();
  const add = (partnerId: string | null, year: number | null, ok: boolean) => {
    const key = `${partnerId ?? '*'}|${year ?? '*'}`;
    const g = groups.get(key) ?? { partnerId, year, finished: 0, succeeded: 0, rate: null };
    g.finished += 1;
    if (ok) g.succeeded += 1;
    g.rate = g.succeeded / g.finished;
    groups.set(key, g);
  };
  for (const t of done) {
    const year = Number(t.outcomeOn.slice(0, 4));
    const ok = succeeded(t.outcome);
    add(t.partnerId, year, ok);
    add(t.partnerId, null, ok);
    add(null, year, ok);
    add(null, null, ok);
  }
  return [...groups.values()].sort(
    (a, b) => (a.partnerId ?? '~').localeCompare(b.partnerId ?? '~') || (a.year ?? 99_999) - (b.year ?? 99_999),
  );
}
