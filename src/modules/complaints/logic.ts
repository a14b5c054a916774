/**
 * The rules of complaints handling, pure: the deadlines a rule gives, where a complaint stands, and the
 * figures of the complaints received in a period (the KPIs).
 */
import { addDays } from '../../lib/calendar.ts';

export interface DeadlineRule {
  validFrom: string;
  validTo: string | null;
  ackDays: number;
  answerDays: number;
}

/** The default deadlines an organisation starts with (it changes them in its rule table). */
export const DEFAULT_RULE = { validFrom: '2000-01-01', ackDays: 7, answerDays: 30 } as const;

/** The rule valid on `day` (the latest that started on or before it), or the default. */
export function ruleOn(rules: readonly DeadlineRule[], day: string): { ackDays: number; answerDays: number } {
  const valid = rules
    .filter((r) => r.validFrom <= day && (r.validTo === null || r.validTo >= day))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return valid ?? DEFAULT_RULE;
}

/** Acknowledge-by and answer-by days of a complaint received on `receivedOn`. */
export function deadlines(rules: readonly DeadlineRule[], receivedOn: string): { ackDue: string; answerDue: string } {
  const r = ruleOn(rules, receivedOn);
  return { ackDue: addDays(receivedOn, r.ackDays), answerDue: addDays(receivedOn, r.answerDays) };
}

export interface HandlingDates {
  receivedOn: string;
  ackDue: string;
  answerDue: string;
  acknowledgedOn: string | null;
  answeredOn: string | null;
  outcome: 'founded' | 'partly' | 'not_founded' | null;
}

export type Stage = 'received' | 'acknowledged' | 'answered';
export function stageOf(c: HandlingDates): Stage {
  return c.answeredOn ? 'answered' : c.acknowledgedOn ? 'acknowledged' : 'received';
}

/** Days between two 'yyyy-mm-dd' days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether the complaint was handled within the deadlines: acknowledged by its acknowledge-by day and
 * answered by its answer-by day. Null while it is open and neither deadline has passed yet.
 */
export function onTime(c: HandlingDates, today: string): boolean | null {
  const ackLate = c.acknowledgedOn ? c.acknowledgedOn > c.ackDue : today > c.ackDue;
  const answerLate = c.answeredOn ? c.answeredOn > c.answerDue : today > c.answerDue;
  if (ackLate || answerLate) return false;
  return c.answeredOn ? true : null;
}

/** Late now: an open deadline has passed (for the register's warnings). */
export function overdue(c: HandlingDates, today: string): 'acknowledge' | 'answer' | null {
  if (!c.answeredOn && today > c.answerDue) return 'answer';
  if (!c.acknowledgedOn && !c.answeredOn && today > c.ackDue) return 'acknowledge';
  return null;
}

export interface PeriodFigures {
  /** Complaints received in the period. */
  received: number;
  /** Of those, the ones whose timeliness is known (answered, or a deadline passed) … */
  judged: number;
  /** … and handled within both deadlines. */
  onTime: number;
  /** Answered with an outcome … */
  answered: number;
  /** … founded or partly founded. */
  founded: number;
  /** Sum of the days from receipt to answer of the answered ones. */
  handlingDays: number;
}

/** The figures of the complaints received between `from` and `to` (inclusive), as known on `today`. */
export function figuresOf(list: readonly HandlingDates[], from: string, to: string, today: string): PeriodFigures {
  const f: PeriodFigures = { received: 0, judged: 0, onTime: 0, answered: 0, founded: 0, handlingDays: 0 };
  for (const c of list) {
    if (c.receivedOn < from || c.receivedOn > to) continue;
    f.received++;
    const t = onTime(c, today);
    if (t !== null) f.judged++;
    if (t === true) f.onTime++;
    if (c.answeredOn && c.outcome) {
      f.answered++;
      if (c.outcome !== 'not_founded') f.founded++;
      f.handlingDays += daysBetween(c.receivedOn, c.answeredOn);
    }
  }
  return f;
}
