/**
 * The continuation warning of an innovation project: project subsidies often stop after a few years, so
 * from twelve months before the funding ends, a project without a continuation plan is flagged.
 */

/** The same calendar day twelve months earlier (29 February becomes 28 February). Pure date text arithmetic. */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  const year = Number(y) - 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === '02' && d === '29' && !leap ? '28' : d;
  return `${String(year).padStart(4, '0')}-${m}-${day}`;
}

export type FundingState = 'open' | 'no_end' | 'planned' | 'warning' | 'ended_without_plan' | 'ended';

/**
 * Where a project's funding stands on `today`: `warning` from twelve months before `fundingEnd` while
 * the continuation plan is empty, `ended_without_plan` after the end with none; `planned` once a plan
 * exists within that year; `ended` after the end with a plan; `no_end` without an end date.
 */
export function fundingState(p: { fundingEnd: string | null; continuationPlan: string }, today: string): FundingState {
  if (!p.fundingEnd) return 'no_end';
  const hasPlan = p.continuationPlan.trim() !== '';
  if (today > p.fundingEnd) return hasPlan ? 'ended' : 'ended_without_plan';
  if (today < yearBefore(p.fundingEnd)) return 'open';
  return hasPlan ? 'planned' : 'warning';
}

/** True for the states that need the director's attention. */
export const needsAttention = (state: FundingState) => state === 'warning' || state === 'ended_without_plan';
