/**
 * Cost price per unit of each main centre, what it receives, the coverage ratio and the income
 * mix (with the share of government money), per service and for the organisation.
 */
import type { AllocationResult, CostCentre, ServiceUnit } from './allocation.ts';
import {
  defaultIncomeType,
  GOVERNMENT_INCOME_TYPES,
  INCOME_TYPES,
  isCost,
  isRevenue,
  type IncomeType,
} from './chart.ts';
import type { Cents } from './errors.ts';

/**
 * Income received, positive = money in. `centre` names the main centre (service) it belongs to;
 * income without a centre, or on an auxiliary centre, counts only for the organisation.
 */
export interface RevenueLine {
  centre?: string;
  incomeType: IncomeType;
  amountCents: Cents;
}

/** Income per type with each type's share of the total (null shares when the total is 0). */
export interface IncomeMix {
  totalCents: Cents;
  byType: Record<IncomeType, { cents: Cents; share: number | null }>;
  /** (subsidy + pvf_voucher + pvf_cash) / total income. */
  governmentShare: number | null;
}

/** Cost price and income of one main centre (service). */
export interface ServiceCostPrice {
  code: string;
  name: string;
  unit: ServiceUnit | null;
  volume: number | null;
  directCents: Cents;
  /** Received from auxiliary centres. */
  indirectCents: Cents;
  totalCents: Cents;
  /** total / volume, rounded to the cent; null without a positive volume. */
  costPerUnitCents: Cents | null;
  incomeCents: Cents;
  incomePerUnitCents: Cents | null;
  /** income / total cost; null when the total cost is 0. */
  coverage: number | null;
  incomeMix: IncomeMix;
}

/** The cost-price report of a year. */
export interface CostPriceReport {
  services: ServiceCostPrice[];
  organisation: {
    totalCostCents: Cents;
    incomeCents: Cents;
    /** Income not attributed to a main centre (included in `incomeCents`). */
    unassignedIncomeCents: Cents;
    coverage: number | null;
    incomeMix: IncomeMix;
  };
}

/** Rounds a ratio of cents to whole cents, half away from zero. */
function perUnit(cents: Cents, volume: number | null): Cents | null {
  if (volume === null || !(volume > 0)) return null;
  const v = cents / volume;
  return Math.sign(v) * Math.round(Math.abs(v));
}

/** Builds an income mix from amounts per type. */
export function incomeMix(lines: readonly Pick<RevenueLine, 'incomeType' | 'amountCents'>[]): IncomeMix {
  const cents = Object.fromEntries(INCOME_TYPES.map((t) => [t, 0])) as Record<IncomeType, Cents>;
  for (const l of lines) cents[l.incomeType] += l.amountCents;
  const totalCents = INCOME_TYPES.reduce((a, t) => a + cents[t], 0);
  const share = (c: Cents) => (totalCents === 0 ? null : c / totalCents);
  const byType = Object.fromEntries(
    INCOME_TYPES.map((t) => [t, { cents: cents[t], share: share(cents[t]) }]),
  ) as IncomeMix['byType'];
  const government = GOVERNMENT_INCOME_TYPES.reduce((a, t) => a + cents[t], 0);
  return { totalCents, byType, governmentShare: share(government) };
}

/**
 * The cost-price report: for every main centre its direct, indirect and total cost, cost per unit
 * of service, income, coverage (income / cost) and income mix; and the same for the organisation,
 * where all income counts (also income not attributed to a service) against the total cost.
 */
export function costPrices(
  allocation: AllocationResult,
  centres: readonly CostCentre[],
  revenue: readonly RevenueLine[],
): CostPriceReport {
  const info = new Map(centres.map((c) => [c.code, c]));
  const mains = allocation.centres.filter((c) => c.kind === 'main');
  const mainCodes = new Set(mains.map((c) => c.code));
  const byCentre = new Map<string, RevenueLine[]>();
  const unassigned: RevenueLine[] = [];
  for (const line of revenue) {
    if (line.centre !== undefined && mainCodes.has(line.centre)) {
      const list = byCentre.get(line.centre) ?? [];
      list.push(line);
      byCentre.set(line.centre, list);
    } else unassigned.push(line);
  }
  const services = mains.map((c): ServiceCostPrice => {
    const centre = info.get(c.code);
    const volume = centre?.volume ?? null;
    const mix = incomeMix(byCentre.get(c.code) ?? []);
    return {
      code: c.code,
      name: centre?.name ?? c.code,
      unit: centre?.unit ?? null,
      volume,
      directCents: c.directCents,
      indirectCents: c.receivedCents,
      totalCents: c.totalCents,
      costPerUnitCents: perUnit(c.totalCents, volume),
      incomeCents: mix.totalCents,
      incomePerUnitCents: perUnit(mix.totalCents, volume),
      coverage: c.totalCents === 0 ? null : mix.totalCents / c.totalCents,
      incomeMix: mix,
    };
  });
  const all = incomeMix(revenue);
  const unassignedIncomeCents = unassigned.reduce((a, l) => a + l.amountCents, 0);
  return {
    services,
    organisation: {
      totalCostCents: allocation.totalCostCents,
      incomeCents: all.totalCents,
      unassignedIncomeCents,
      coverage: allocation.totalCostCents === 0 ? null : all.totalCents / allocation.totalCostCents,
      incomeMix: all,
    },
  };
}

/** A ledger line as the cost-price helpers need it (signed: debit positive). */
export interface SignedLedgerLine {
  account: string;
  amountCents: Cents;
  costCentre?: string;
}

/**
 * Revenue lines from ledger lines of class 7: a credit (negative signed amount) is income, so the
 * sign is flipped; the income type comes from `incomeTypeOf` (the organisation's mapping), else
 * the account's default. The ledger's cost centre becomes the line's centre.
 */
export function revenueFromLedger(
  lines: readonly SignedLedgerLine[],
  incomeTypeOf: (account: string) => IncomeType | undefined = () => undefined,
): RevenueLine[] {
  const out: RevenueLine[] = [];
  for (const l of lines) {
    if (!isRevenue(l.account)) continue;
    const incomeType = incomeTypeOf(l.account) ?? defaultIncomeType(l.account) ?? 'other';
    const line: RevenueLine = { incomeType, amountCents: -l.amountCents };
    if (l.costCentre !== undefined) line.centre = l.costCentre;
    out.push(line);
  }
  return out;
}

/**
 * Direct cost per centre from ledger lines of class 6 (debit positive). `centreOf` assigns a line
 * to a centre (default: the line's own cost centre); cost it cannot assign is summed in
 * `unassignedCents` so the caller can ask for an assignment.
 */
export function directCostsFromLedger(
  lines: readonly SignedLedgerLine[],
  centreOf: (line: SignedLedgerLine) => string | undefined = (l) => l.costCentre,
): { direct: Record<string, Cents>; unassignedCents: Cents } {
  const direct: Record<string, Cents> = {};
  let unassignedCents = 0;
  for (const l of lines) {
    if (!isCost(l.account)) continue;
    const centre = centreOf(l);
    if (centre === undefined) unassignedCents += l.amountCents;
    else direct[centre] = (direct[centre] ?? 0) + l.amountCents;
  }
  return { direct, unassignedCents };
}
