/**
 * What a person receives from their funding in a calendar year (DOMAIN.md §3), from the rule tables:
 * - the cash part of a PVB (the whole category for cash, the category minus the voucher part for a
 *   combination) in points and in euro at the point value, and the free-to-spend part of it
 *   (low or high amount per year by the category's points, `cashFree` table), never more than the
 *   cash part itself;
 * - the zorgbudget per month (`zorgbudget` table, paid by the zorgkas, not VAPH).
 * A year is counted by days: a budget running half the year gets half of the yearly amounts; the
 * zorgbudget counts each month's days (a whole month is exactly the monthly amount). Money is
 * rounded half away from zero to the cent, once per amount (the zorgbudget once per month).
 */
import { addMonthsToMonth, daysInMonth, daysInYear, minDate, monthBounds, overlapDays, type IsoDate } from './dates.ts';
import type { Cents } from './errors.ts';
import { pointsToCents, roundHalfAway, unitsTimesPrice, type PointsE4 } from './points.ts';
import { cashFreeToSpend, categoryMaxPoints, pointValueAt, ruleAt, type RuleSet } from './rules.ts';

/** A funding record as stored. */
export interface FundingRecord {
  kind: 'pvb' | 'rth' | 'zorgbudget' | 'other';
  category?: number | null;
  form?: 'voucher' | 'cash' | 'combination' | null;
  /** For a combination: the voucher part in points per year. */
  voucherPointsE4?: PointsE4 | null;
  madeAvailable?: IsoDate | null;
  start?: IsoDate | null;
  end?: IsoDate | null;
}

/** One funding record's amounts in a year. */
export interface FundingIncome {
  cashPointsE4: PointsE4;
  cashCents: Cents;
  freeToSpendCents: Cents;
  zorgbudgetCents: Cents;
}

const NONE: FundingIncome = { cashPointsE4: 0, cashCents: 0, freeToSpendCents: 0, zorgbudgetCents: 0 };
const OPEN_END = '9999-12-31';

/** The amounts of `funding` in calendar year `year`. */
export function fundingIncome(funding: FundingRecord, year: number, rules: RuleSet): FundingIncome {
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;
  if (funding.kind === 'zorgbudget') {
    const from = funding.start ?? funding.madeAvailable ?? '1900-01-01';
    const to = funding.end ?? OPEN_END;
    let cents = 0;
    for (let i = 0, month = `${year}-01`; i < 12; i++, month = addMonthsToMonth(month, 1)) {
      const b = monthBounds(month);
      const days = overlapDays(from, to, b.from, b.to);
      if (days === 0) continue;
      const perMonth = ruleAt(rules.zorgbudget, b.from, 'zorgbudget').centsPerMonth;
      cents += roundHalfAway((perMonth * days) / daysInMonth(year, Number(month.slice(5, 7))));
    }
    return { ...NONE, zorgbudgetCents: cents };
  }
  if (funding.kind !== 'pvb' || !funding.category || !funding.form || funding.form === 'voucher') return NONE;
  const from = funding.start ?? funding.madeAvailable ?? yearFrom;
  const to = funding.end ?? OPEN_END;
  const days = overlapDays(from, to, yearFrom, yearTo);
  if (days === 0) return NONE;
  const on = minDate(to, yearTo);
  const categoryE4 = categoryMaxPoints(rules, funding.category, on);
  const yearlyCashE4 =
    funding.form === 'combination' ? Math.max(0, categoryE4 - (funding.voucherPointsE4 ?? 0)) : categoryE4;
  const share = days / daysInYear(year);
  const cashPointsE4 = unitsTimesPrice(share, yearlyCashE4);
  const cashCents = pointsToCents(cashPointsE4, pointValueAt(rules, on));
  const freeToSpendCents = Math.min(cashCents, roundHalfAway(cashFreeToSpend(rules, categoryE4, on) * share));
  return { cashPointsE4, cashCents, freeToSpendCents, zorgbudgetCents: 0 };
}

/** The sum of every record's amounts in `year`. */
export function clientIncome(funding: readonly FundingRecord[], year: number, rules: RuleSet): FundingIncome {
  return funding
    .map((f) => fundingIncome(f, year, rules))
    .reduce(
      (a, x) => ({
        cashPointsE4: a.cashPointsE4 + x.cashPointsE4,
        cashCents: a.cashCents + x.cashCents,
        freeToSpendCents: a.freeToSpendCents + x.freeToSpendCents,
        zorgbudgetCents: a.zorgbudgetCents + x.zorgbudgetCents,
      }),
      NONE,
    );
}
