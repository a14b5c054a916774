/**
 * The cost of a cooperation agreement (phase 1): scope (hours per week or FTE) × price after subsidy
 * (per hour or per FTE and year), day by day over the part of the year it runs, with dated amendments
 * replacing scope, price or end date from their effective date.
 */
import { addDays } from '../../../lib/calendar.ts';
import { daysBetween, daysInYear, maxDate, minDate } from './dates.ts';
import type { PriceUnit, ScopeUnit } from './types.ts';

/** Hours of one full-time week (joint committee 330). */
export const FTE_HOURS_PER_WEEK = 38;

export interface AgreementTerms {
  scopeUnit: ScopeUnit;
  scopeAmount: number;
  priceUnit: PriceUnit;
  priceCents: number;
  startOn: string;
  endOn: string | null;
}
export interface AmendmentTerms {
  effectiveOn: string;
  scopeAmount: number | null;
  priceCents: number | null;
  endOn: string | null;
}

/** One stretch of days under the same terms (both ends included). */
export interface TermsPeriod {
  from: string;
  to: string | null;
  scopeAmount: number;
  priceCents: number;
}

/** The terms in force from the start, period by period, after the amendments (in date order). */
export function termsOverTime(terms: AgreementTerms, amendments: readonly AmendmentTerms[]): TermsPeriod[] {
  const sorted = [...amendments].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  let end = terms.endOn;
  for (const a of sorted) if (a.endOn !== null && a.effectiveOn <= (end ?? a.effectiveOn)) end = a.endOn;
  const periods: TermsPeriod[] = [];
  let current: TermsPeriod = {
    from: terms.startOn,
    to: end,
    scopeAmount: terms.scopeAmount,
    priceCents: terms.priceCents,
  };
  for (const a of sorted) {
    if (a.scopeAmount === null && a.priceCents === null) continue;
    if (a.effectiveOn <= current.from) {
      current = {
        ...current,
        scopeAmount: a.scopeAmount ?? current.scopeAmount,
        priceCents: a.priceCents ?? current.priceCents,
      };
      continue;
    }
    if (end !== null && a.effectiveOn > end) break;
    periods.push({ ...current, to: addDays(a.effectiveOn, -1) });
    current = {
      from: a.effectiveOn,
      to: end,
      scopeAmount: a.scopeAmount ?? current.scopeAmount,
      priceCents: a.priceCents ?? current.priceCents,
    };
  }
  periods.push(current);
  return periods;
}

/** The end date in force after the amendments. */
export function effectiveEnd(terms: AgreementTerms, amendments: readonly AmendmentTerms[]): string | null {
  const periods = termsOverTime(terms, amendments);
  return periods[periods.length - 1]?.to ?? null;
}

/** Cost (cents, unrounded) of `days` days at the given scope and price. */
function costOfDays(terms: AgreementTerms, period: TermsPeriod, days: number, year: number): number {
  const hoursPerWeek =
    terms.scopeUnit === 'hours_per_week' ? period.scopeAmount : period.scopeAmount * FTE_HOURS_PER_WEEK;
  if (terms.priceUnit === 'hour') return hoursPerWeek * (days / 7) * period.priceCents;
  const fte = hoursPerWeek / FTE_HOURS_PER_WEEK;
  return fte * (days / daysInYear(year)) * period.priceCents;
}

/** The cost of the agreement in `year`, in whole cents (rounded once). */
export function yearlyCostCents(terms: AgreementTerms, amendments: readonly AmendmentTerms[], year: number): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let total = 0;
  for (const period of termsOverTime(terms, amendments)) {
    const from = maxDate(period.from, first);
    const to = minDate(period.to ?? last, last);
    if (to < from) continue;
    total += costOfDays(terms, period, daysBetween(from, to) + 1, year);
  }
  return Math.round(total);
}

/** The FTE the agreement brings on `date` (0 outside its term). */
export function fteOn(terms: AgreementTerms, amendments: readonly AmendmentTerms[], date: string): number {
  const period = termsOverTime(terms, amendments).find((p) => p.from <= date && (p.to === null || date <= p.to));
  if (!period) return 0;
  return terms.scopeUnit === 'fte' ? period.scopeAmount : period.scopeAmount / FTE_HOURS_PER_WEEK;
}
