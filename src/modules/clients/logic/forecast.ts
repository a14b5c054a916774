/**
 * Income forecast for the coming months from the agreements, with a Monte-Carlo simulation of
 * clients leaving and newcomers arriving from the waiting list.
 *
 * Model, per run:
 * - a client present in a month earns that month's agreement income; at the end of each month a
 *   present client leaves with probability p (its own, else the organisation's). The first month
 *   is always earned; the number of months present is drawn at once as 1 + Geometric(p);
 * - every month a Poisson(rate) number of newcomers arrives (at most the people still waiting);
 *   a newcomer earns `averageMonthlyIncomeCents` from its arrival month and leaves like the others.
 * Per month the output holds P10, P50 and P90 (nearest rank over the runs) of the income in cents,
 * and the FTE that income pays for (income ÷ cost per FTE per month).
 */
import { linePoints, unitsInPeriod, type AgreementLine } from './agreements.ts';
import { addMonthsToMonth, monthBounds, type IsoDate, type IsoMonth } from './dates.ts';
import type { Cents } from './errors.ts';
import { fail } from './errors.ts';
import { roundHalfAway } from './points.ts';
import { mulberry32, poisson } from './random.ts';
import type { RuleSet } from './rules.ts';
import { careLines, type FundingType, type StatementRegistration } from './statements.ts';
import { msg } from '../messages.ts';

/** A client's expected income per forecast month, from its agreements. */
export interface ForecastClient {
  clientId: string;
  monthlyIncomeCents: readonly Cents[];
  /** Monthly leave probability of this client; the input's when absent. */
  leaveProbability?: number;
}

/** Newcomers from the waiting list. */
export interface ForecastInflow {
  /** People on the waiting list who could start. */
  waiting: number;
  /** Expected newcomers per month. */
  ratePerMonth: number;
  /** Income per month of a newcomer's average agreement. */
  averageMonthlyIncomeCents: Cents;
}

/** What {@link forecastIncome} simulates. */
export interface ForecastInput {
  startMonth: IsoMonth;
  /** Number of months; 12. */
  months?: number;
  clients: readonly ForecastClient[];
  /** Monthly leave probability per client (see {@link estimateLeaveProbability}). */
  leaveProbability: number;
  inflow?: ForecastInflow;
  costPerFteMonthCents: Cents;
  runs: number;
  seed: number;
}

/** One forecast month. */
export interface ForecastMonth {
  month: IsoMonth;
  /** Income if every client stays and nobody arrives. */
  agreementCents: Cents;
  incomeP10: Cents;
  incomeP50: Cents;
  incomeP90: Cents;
  fteP10: number;
  fteP50: number;
  fteP90: number;
}

/**
 * Expected income per client per month from agreement lines, valued exactly as the statement of
 * that month would value the agreed units: each line's units and points in the month (at the
 * agreed price) become a registration charged to the client's funding type for the function
 * (`fundingOf`: the type its registrations get, see registrations.ts), and {@link careLines} turns them into euro, with the organisatiegebonden points of
 * voucher clients and the statement's rounding per client × function × funding.
 */
export function agreementMonthlyIncome(
  lines: readonly AgreementLine[],
  startMonth: IsoMonth,
  months: number,
  rules: RuleSet,
  fundingOf: (clientId: string, functionCode: string) => FundingType = () => 'other',
): ForecastClient[] {
  const byClient = new Map<string, AgreementLine[]>();
  for (const l of lines) byClient.set(l.clientId, [...(byClient.get(l.clientId) ?? []), l]);
  const monthList = Array.from({ length: months }, (_, i) => addMonthsToMonth(startMonth, i));
  return [...byClient.entries()].map(([clientId, ls]) => ({
    clientId,
    monthlyIncomeCents: monthList.map((month) => {
      const { from, to } = monthBounds(month);
      const planned: StatementRegistration[] = ls.map((l) => ({
        clientId,
        function: l.function,
        date: from,
        units: unitsInPeriod(l, from, to),
        pointsE4: linePoints(l, from, to),
        funding: fundingOf(clientId, l.function),
        priceE4: l.priceE4,
        priceSource: 'agreement',
      }));
      return careLines(month, planned, rules).reduce((a, c) => a + c.totalCents, 0);
    }),
  }));
}

/** A client's stay with the organisation. */
export interface ClientStay {
  start: IsoDate;
  /** Last day; still a client when absent. */
  end?: IsoDate | null;
}

/**
 * Monthly leave probability from history: leavers ÷ client-months over the `months` (24) whole
 * calendar months before `asOf`'s month. A client-month is a month in which the client was present
 * on at least one day; a leaver is a stay that ended within the window. 0 without client-months.
 */
export function estimateLeaveProbability(
  stays: readonly ClientStay[],
  asOf: IsoDate,
  months = 24,
): { leavers: number; clientMonths: number; probability: number } {
  const first = addMonthsToMonth(asOf.slice(0, 7), -months);
  const windows = Array.from({ length: months }, (_, i) => monthBounds(addMonthsToMonth(first, i)));
  const windowFrom = windows[0]?.from ?? asOf;
  const windowTo = windows[windows.length - 1]?.to ?? asOf;
  let leavers = 0;
  let clientMonths = 0;
  for (const s of stays) {
    for (const w of windows) if (s.start <= w.to && (s.end == null || s.end >= w.from)) clientMonths += 1;
    if (s.end != null && s.end >= windowFrom && s.end <= windowTo) leavers += 1;
  }
  return { leavers, clientMonths, probability: clientMonths > 0 ? leavers / clientMonths : 0 };
}

/** Months present out of `months` for a leave probability, from one uniform draw in [0, 1). */
function monthsPresent(u: number, logStay: number, months: number): number {
  if (logStay === 0) return months; // p = 0
  if (!Number.isFinite(logStay)) return 1; // p = 1
  return Math.min(months, 1 + Math.floor(Math.log(1 - u) / logStay));
}

function validate(input: ForecastInput, months: number): void {
  const probabilities = [input.leaveProbability, ...input.clients.map((c) => c.leaveProbability ?? 0)];
  if (probabilities.some((p) => !(p >= 0 && p <= 1))) fail('invalid_probability', msg('invalid_probability'));
  if (!Number.isSafeInteger(input.runs) || input.runs < 1 || input.runs > 1_000_000)
    fail('invalid_runs', msg('invalid_runs'));
  if (!Number.isSafeInteger(months) || months < 1 || months > 120) fail('invalid_months', msg('invalid_months'));
  if (!(input.costPerFteMonthCents > 0)) fail('invalid_fte_cost', msg('invalid_fte_cost'));
  if (input.clients.some((c) => c.monthlyIncomeCents.length < months))
    fail('invalid_income', msg('invalid_income', { months }));
  const inflow = input.inflow;
  if (inflow && (!(inflow.ratePerMonth >= 0) || !(inflow.waiting >= 0) || !Number.isFinite(inflow.ratePerMonth))) {
    fail('invalid_inflow', msg('invalid_inflow'));
  }
}

/** Value at quantile q of sorted values (nearest rank). */
function nearestRank(sorted: Float64Array, q: number): number {
  const i = Math.max(0, Math.ceil(q * sorted.length) - 1);
  return sorted[i] ?? 0;
}

/** Runs the Monte-Carlo forecast; the same input and seed always give the same result. */
export function forecastIncome(input: ForecastInput): ForecastMonth[] {
  const months = input.months ?? 12;
  validate(input, months);
  const random = mulberry32(input.seed);
  const n = input.clients.length;
  const income = new Float64Array(n * months);
  const logStay = new Float64Array(n);
  const stayAll = new Float64Array(n);
  const agreement = new Float64Array(months);
  input.clients.forEach((c, i) => {
    for (let m = 0; m < months; m++) {
      const v = c.monthlyIncomeCents[m] ?? 0;
      income[i * months + m] = v;
      agreement[m]! += v;
    }
    logStay[i] = Math.log1p(-(c.leaveProbability ?? input.leaveProbability));
    // P(present in every month) = (1 − p)^(months − 1); slightly lowered so rounding never
    // disagrees with monthsPresent (those draws then take the exact path).
    stayAll[i] = Math.exp(logStay[i]! * (months - 1)) * (1 - 1e-12);
  });
  const baseLog = Math.log1p(-input.leaveProbability);
  const inflow = input.inflow;
  const results = Array.from({ length: months }, () => new Float64Array(input.runs));
  const total = new Float64Array(months);
  for (let run = 0; run < input.runs; run++) {
    total.set(agreement);
    for (let i = 0; i < n; i++) {
      const u = random();
      if (1 - u <= stayAll[i]!) continue; // present all months (most clients): skip the logarithm
      const present = monthsPresent(u, logStay[i]!, months);
      for (let m = present, at = i * months + present; m < months; m++, at++) total[m]! -= income[at]!;
    }
    if (inflow && inflow.ratePerMonth > 0) {
      let waiting = Math.floor(inflow.waiting);
      for (let a = 0; a < months && waiting > 0; a++) {
        const arrivals = Math.min(waiting, poisson(random, inflow.ratePerMonth));
        waiting -= arrivals;
        for (let k = 0; k < arrivals; k++) {
          const present = monthsPresent(random(), baseLog, months - a);
          for (let m = a; m < a + present; m++) total[m]! += inflow.averageMonthlyIncomeCents;
        }
      }
    }
    for (let m = 0; m < months; m++) results[m]![run] = total[m]!;
  }
  const fte = (cents: number) => roundHalfAway((cents / input.costPerFteMonthCents) * 100) / 100;
  return results.map((values, m) => {
    values.sort();
    const [p10, p50, p90] = [0.1, 0.5, 0.9].map((q) => Math.round(nearestRank(values, q))) as [number, number, number];
    return {
      month: addMonthsToMonth(input.startMonth, m),
      agreementCents: Math.round(agreement[m]!),
      incomeP10: p10,
      incomeP50: p50,
      incomeP90: p90,
      fteP10: fte(p10),
      fteP50: fte(p50),
      fteP90: fte(p90),
    };
  });
}
