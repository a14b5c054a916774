/**
 * Monthly statements: per client, function and funding type the units, zorggebonden points and
 * euro at the point value of the month, organisatiegebonden points on voucher points, woon- en
 * leefkosten lines, and corrections of earlier months. Every line is rounded to the cent on its
 * own and the statement total is the exact sum of its lines (never a conversion of total points).
 * An issued statement is never changed: a later change of a registration goes on the next
 * statement as a correction line (the difference between the month recomputed and as issued).
 */
import type { Registration } from './consumption.ts';
import { monthBounds, type IsoMonth } from './dates.ts';
import type { Cents } from './errors.ts';
import { fail } from './errors.ts';
import { organisationPoints, pointsToCents, roundHalfAway, type PointsE4 } from './points.ts';
import { pointValueAt, ruleAt, type RuleSet } from './rules.ts';
import type { PriceSource } from './valuation.ts';
import { msg } from '../messages.ts';

/** Who pays for the points of a registration. */
export type FundingType = 'voucher' | 'cash' | 'rth' | 'other';
/** The funding types in statement order. */
export const FUNDING_TYPES: readonly FundingType[] = ['voucher', 'cash', 'rth', 'other'];

/** A registration with the funding its points are charged to (resolved by the caller). */
export interface StatementRegistration extends Registration {
  funding: FundingType;
  /** The price per unit the registration was valued at and where it came from (see valuation.ts). */
  priceE4?: PointsE4 | null;
  priceSource?: PriceSource | null;
}

/** The units and points of a line valued at one price: the statement shows which price applied. */
export interface AppliedPrice {
  /** Price per unit; null for registrations valued before prices were recorded. */
  priceE4: PointsE4 | null;
  source: PriceSource | null;
  units: number;
  pointsE4: PointsE4;
}

/** Points and euro of one client × function × funding in one month (or a correction of them). */
export interface CareLine {
  /** The month the support was delivered in (for a correction: the month it corrects). */
  month: IsoMonth;
  clientId: string;
  function: string;
  funding: FundingType;
  units: number;
  pointsE4: PointsE4;
  cents: Cents;
  /** Organisatiegebonden points (voucher only, else 0) and their euro. */
  organisationE4: PointsE4;
  organisationCents: Cents;
  totalCents: Cents;
  correction: boolean;
  /** Units and points per applied price, lowest price first (absent on statements issued before). */
  prices?: AppliedPrice[];
}

/** A housing and living cost item: a tariff per day or per month × days present or months. */
export interface LivingCostItem {
  clientId: string;
  label: string;
  tariffCents: Cents;
  per: 'day' | 'month';
  /** Days present (whole) or months (may be a fraction, e.g. 0.5). */
  quantity: number;
}

/** A woon- en leefkosten line of a statement. */
export interface LivingLine extends LivingCostItem {
  totalCents: Cents;
}

/** Totals of one funding type. */
export interface FundingTotal {
  pointsE4: PointsE4;
  organisationE4: PointsE4;
  /** Sum of the lines' `totalCents` (zorggebonden and organisatiegebonden euro). */
  cents: Cents;
}

/** The statement of one month. */
export interface Statement {
  month: IsoMonth;
  centsPerPoint: Cents;
  careLines: CareLine[];
  corrections: CareLine[];
  livingLines: LivingLine[];
  totalsByFunding: Record<FundingType, FundingTotal>;
  livingTotalCents: Cents;
  /** The sum of every line's total, to the cent. */
  totalCents: Cents;
}

const lineKey = (l: { month: string; clientId: string; function: string; funding: string }) =>
  `${l.month}\u0000${l.clientId}\u0000${l.function}\u0000${l.funding}`;

const priceKey = (p: { priceE4?: PointsE4 | null | undefined; source?: PriceSource | null | undefined }) =>
  `${p.priceE4 ?? ''}|${p.source ?? ''}`;

/** Adds `sign` × `more` to per-price totals; prices whose units and points both end at 0 are left out. */
export function mergePrices(base: readonly AppliedPrice[], more: readonly AppliedPrice[], sign = 1): AppliedPrice[] {
  const byKey = new Map(base.map((p) => [priceKey(p), { ...p }]));
  for (const p of more) {
    const k = priceKey(p);
    const a = byKey.get(k);
    if (a) {
      a.units += sign * p.units;
      a.pointsE4 += sign * p.pointsE4;
    } else byKey.set(k, { ...p, units: sign * p.units, pointsE4: sign * p.pointsE4 });
  }
  return [...byKey.values()]
    .filter((p) => Math.abs(p.units) > 1e-9 || p.pointsE4 !== 0)
    .map((p) => ({ ...p, units: Math.round(p.units * 10_000) / 10_000 }))
    .sort((a, b) => (a.priceE4 ?? -1) - (b.priceE4 ?? -1) || String(a.source).localeCompare(String(b.source)));
}

function compareLines(a: CareLine, b: CareLine): number {
  const ka = lineKey(a);
  const kb = lineKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The care lines of `month` from the registrations dated in it, grouped per client, function and
 * funding, at the point value and organisation rate valid on the month's first day.
 */
export function careLines(
  month: IsoMonth,
  registrations: readonly StatementRegistration[],
  rules: RuleSet,
): CareLine[] {
  const { from, to } = monthBounds(month);
  const cpp = pointValueAt(rules, from);
  const rate = ruleAt(rules.organisationRate, from, 'organisatiegebonden punten').rateE4;
  const groups = new Map<
    string,
    {
      clientId: string;
      function: string;
      funding: FundingType;
      units: number;
      pointsE4: number;
      prices: AppliedPrice[];
    }
  >();
  for (const r of registrations) {
    if (r.date < from || r.date > to) continue;
    const k = lineKey({ month, ...r });
    const price: AppliedPrice = {
      priceE4: r.priceE4 ?? null,
      source: r.priceSource ?? null,
      units: r.units,
      pointsE4: r.pointsE4,
    };
    const g = groups.get(k);
    if (g) {
      g.units += r.units;
      g.pointsE4 += r.pointsE4;
      g.prices.push(price);
    } else {
      groups.set(k, {
        clientId: r.clientId,
        function: r.function,
        funding: r.funding,
        units: r.units,
        pointsE4: r.pointsE4,
        prices: [price],
      });
    }
  }
  return [...groups.values()]
    .map(({ prices, ...g }) => {
      const cents = pointsToCents(g.pointsE4, cpp);
      const organisationE4 = g.funding === 'voucher' ? organisationPoints(g.pointsE4, rate) : 0;
      const organisationCents = pointsToCents(organisationE4, cpp);
      return {
        month,
        ...g,
        cents,
        organisationE4,
        organisationCents,
        totalCents: cents + organisationCents,
        correction: false,
        prices: mergePrices([], prices),
      };
    })
    .sort(compareLines);
}

/** One woon- en leefkosten line: tariff × quantity, rounded half away from zero to the cent. */
export function livingLine(item: LivingCostItem): LivingLine {
  if (!Number.isSafeInteger(item.tariffCents) || item.tariffCents < 0) fail('invalid_tariff', msg('invalid_tariff'));
  const wholeDays = item.per !== 'day' || Number.isSafeInteger(item.quantity);
  if (!(Number.isFinite(item.quantity) && item.quantity >= 0) || !wholeDays) {
    fail('invalid_quantity', msg('invalid_quantity'));
  }
  return { ...item, totalCents: roundHalfAway(item.tariffCents * item.quantity) };
}

/**
 * Correction lines: for every client × function × funding × month, the recomputed line minus the
 * issued one (units, points, organisation points and euro); lines without any difference are left
 * out. `issued` + the result = `recomputed`, line by line.
 */
export function correctionLines(issued: readonly CareLine[], recomputed: readonly CareLine[]): CareLine[] {
  const before = new Map(issued.filter((l) => !l.correction).map((l) => [lineKey(l), l]));
  const after = new Map(recomputed.map((l) => [lineKey(l), l]));
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: CareLine[] = [];
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    const base = (b ?? a)!;
    const diff = (f: 'units' | 'pointsE4' | 'cents' | 'organisationE4' | 'organisationCents' | 'totalCents') =>
      (b?.[f] ?? 0) - (a?.[f] ?? 0);
    const line: CareLine = {
      month: base.month,
      clientId: base.clientId,
      function: base.function,
      funding: base.funding,
      units: diff('units'),
      pointsE4: diff('pointsE4'),
      cents: diff('cents'),
      organisationE4: diff('organisationE4'),
      organisationCents: diff('organisationCents'),
      totalCents: diff('totalCents'),
      correction: true,
      // A line issued before prices were recorded cannot be split per price: the correction shows none.
      ...(a && !a.prices ? {} : { prices: mergePrices(b?.prices ?? [], a?.prices ?? [], -1) }),
    };
    if (line.units !== 0 || line.pointsE4 !== 0 || line.totalCents !== 0 || line.organisationE4 !== 0) out.push(line);
  }
  return out.sort(compareLines);
}

/** What a statement is made from. */
export interface StatementInput {
  month: IsoMonth;
  registrations: readonly StatementRegistration[];
  livingCosts?: readonly LivingCostItem[];
  /** Correction lines of earlier months (from {@link correctionLines}). */
  corrections?: readonly CareLine[];
}

/** Builds the statement of a month. */
export function buildStatement(input: StatementInput, rules: RuleSet): Statement {
  const lines = careLines(input.month, input.registrations, rules);
  const corrections = [...(input.corrections ?? [])];
  const livingLines = (input.livingCosts ?? []).map(livingLine);
  const totalsByFunding = Object.fromEntries(
    FUNDING_TYPES.map((f) => [f, { pointsE4: 0, organisationE4: 0, cents: 0 }]),
  ) as Record<FundingType, FundingTotal>;
  let totalCents = 0;
  for (const l of [...lines, ...corrections]) {
    const t = totalsByFunding[l.funding];
    t.pointsE4 += l.pointsE4;
    t.organisationE4 += l.organisationE4;
    t.cents += l.totalCents;
    totalCents += l.totalCents;
  }
  const livingTotalCents = livingLines.reduce((a, l) => a + l.totalCents, 0);
  totalCents += livingTotalCents;
  return {
    month: input.month,
    centsPerPoint: pointValueAt(rules, monthBounds(input.month).from),
    careLines: lines,
    corrections,
    livingLines,
    totalsByFunding,
    livingTotalCents,
    totalCents,
  };
}
