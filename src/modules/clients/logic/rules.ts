/**
 * Rule tables as data (ARCHITECTURE habit 6): every figure of DOMAIN.md §3 is a row with a validity
 * period, never a literal in the logic. `RULE_SEED` is the default an administrator edits; the
 * logic takes a `RuleSet` so a stored, edited copy can be passed in instead.
 */
import type { Cents } from './errors.ts';
import { fail } from './errors.ts';
import type { IsoDate } from './dates.ts';
import type { PointsE4 } from './points.ts';
import { msg } from '../messages.ts';

/** When a row applies: from `validFrom` up to and including `validTo` (open-ended when absent). */
export interface Validity {
  validFrom: IsoDate;
  validTo?: IsoDate;
  /** Where the figure comes from, for the administrator. */
  source?: string;
  /** True when the figure is an example that must be replaced by the real one. */
  example?: boolean;
}

/** A table of rows of type T, each with its validity. */
export type RuleTable<T> = readonly (T & Validity)[];

/**
 * The row valid on `date`: among the rows with `validFrom ≤ date ≤ validTo`, the one with the
 * latest `validFrom`. Throws `no_rule` naming the table when there is none.
 */
export function ruleAt<T>(table: RuleTable<T>, date: IsoDate, name = 'rule table'): T & Validity {
  let best: (T & Validity) | undefined;
  for (const row of table) {
    if (row.validFrom > date || (row.validTo !== undefined && row.validTo < date)) continue;
    if (!best || row.validFrom > best.validFrom) best = row;
  }
  if (!best) {
    fail('no_rule', msg('no_rule', { name, date }));
  }
  return best;
}

/** The new budget categories 1-24 with their maximum zorggebonden points per year. */
export interface BudgetCategoryRow {
  /** Maximum points per year, indexed by category number − 1 (BC1 first). */
  maxPointsE4: readonly PointsE4[];
}
/** Old category (I-XII) → new category number. */
export interface OldCategoryMapRow {
  map: Readonly<Record<string, number>>;
}
/** The euro value of one point. */
export interface PointValueRow {
  centsPerPoint: Cents;
}
/** RTH unit types. */
export type RthUnitType = 'ambulant' | 'mobile' | 'begeleid_werken' | 'group' | 'day' | 'night';
/** What an RTH unit counts as for the personal contribution. */
export type RthContributionKind = 'session' | 'day' | 'night';
/** RTH points per unit type. */
export interface RthPointsRow {
  pointsE4: Readonly<Record<RthUnitType, PointsE4>>;
  contributionKind: Readonly<Record<RthUnitType, RthContributionKind>>;
}
/** The yearly RTH cap per person. */
export interface RthCapRow {
  standardE4: PointsE4;
  withVolunteersE4: PointsE4;
}
/** Maximum personal contribution per RTH unit. */
export interface RthContributionRow {
  maxCents: Readonly<Record<RthContributionKind, Cents>>;
}
/** Organisatiegebonden points as a fraction of voucher zorggebonden points, × 10,000. */
export interface OrganisationRateRow {
  rateE4: number;
}
/** Zorgbudget per month. */
export interface ZorgbudgetRow {
  centsPerMonth: Cents;
}
/** The free-to-spend part of a cash budget per year. */
export interface CashFreeRow {
  lowCents: Cents;
  highCents: Cents;
  /** Budgets of at least this many points per year get `highCents`. */
  highFromE4: PointsE4;
}
/** The limit within which a budget must be started. */
export interface StartLimitRow {
  months: number;
  /** Days before the deadline from which a not-started budget is "near". */
  nearDays: number;
}

/** Every rule table of the module. */
export interface RuleSet {
  budgetCategories: RuleTable<BudgetCategoryRow>;
  oldCategoryMap: RuleTable<OldCategoryMapRow>;
  pointValue: RuleTable<PointValueRow>;
  rthPoints: RuleTable<RthPointsRow>;
  rthCap: RuleTable<RthCapRow>;
  rthContribution: RuleTable<RthContributionRow>;
  organisationRate: RuleTable<OrganisationRateRow>;
  zorgbudget: RuleTable<ZorgbudgetRow>;
  cashFree: RuleTable<CashFreeRow>;
  startLimit: RuleTable<StartLimitRow>;
}

const MB_2020 = 'MB 17/07/2020, tabel 3 (DOMAIN.md §3)';
const PVF_START = '2017-01-01'; // start of persoonsvolgende financiering; used where no exact date is known

/** The seed of every rule table, from DOMAIN.md §3. Rows marked `example: true` must be replaced. */
export const RULE_SEED: RuleSet = {
  budgetCategories: [
    {
      validFrom: '2021-03-05',
      source: MB_2020,
      maxPointsE4: [
        77_500, 102_600, 152_900, 212_600, 272_200, 310_100, 348_100, 393_800, 439_000, 473_700, 508_400, 541_700,
        575_100, 621_600, 651_700, 681_800, 711_900, 743_200, 774_500, 805_800, 865_200, 909_700, 971_275, 1_032_850,
      ],
    },
  ],
  oldCategoryMap: [
    {
      validFrom: '2021-03-05',
      source: 'DOMAIN.md §3',
      map: { I: 2, II: 3, III: 4, IV: 6, V: 8, VI: 10, VII: 11, VIII: 12, IX: 13, X: 16, XI: 21, XII: 24 },
    },
  ],
  pointValue: [
    // Old category I = 12.2345 points = €10,000: €817.36 a point at the start of PVF.
    {
      validFrom: PVF_START,
      validTo: '2023-12-31',
      centsPerPoint: 81_736,
      example: true,
      source: '€10,000 / 12.2345 (DOMAIN.md §3), EXAMPLE',
    },
    // EXAMPLE value: the 2017 value indexed by roughly 20%. Set the real VAPH value per year.
    { validFrom: '2024-01-01', centsPerPoint: 98_000, example: true, source: 'EXAMPLE value, set the real one' },
  ],
  rthPoints: [
    {
      validFrom: PVF_START,
      source: 'DOMAIN.md §3',
      pointsE4: { ambulant: 1_550, mobile: 2_200, begeleid_werken: 2_200, group: 870, day: 870, night: 1_300 },
      // Begeleid werken counted as a session for the contribution: an assumption, check it.
      contributionKind: {
        ambulant: 'session',
        mobile: 'session',
        begeleid_werken: 'session',
        group: 'session',
        day: 'day',
        night: 'night',
      },
    },
  ],
  rthCap: [{ validFrom: PVF_START, source: 'DOMAIN.md §3', standardE4: 80_000, withVolunteersE4: 70_000 }],
  rthContribution: [
    {
      validFrom: '2019-01-01',
      source: 'DOMAIN.md §3 (2019 maxima, parameter)',
      maxCents: { session: 534, day: 1_015, night: 2_553 },
    },
  ],
  organisationRate: [{ validFrom: PVF_START, source: 'DOMAIN.md §3 (parameter)', rateE4: 2_535 }],
  zorgbudget: [{ validFrom: PVF_START, source: 'DOMAIN.md §3', centsPerMonth: 30_000 }],
  cashFree: [
    {
      validFrom: '2021-03-05',
      source: 'DOMAIN.md §3 (cut-off parameter, BC7)',
      lowCents: 180_000,
      highCents: 360_000,
      highFromE4: 348_100,
    },
  ],
  startLimit: [{ validFrom: PVF_START, source: 'DOMAIN.md §3', months: 4, nearDays: 30 }],
};

/** Maximum zorggebonden points per year of budget category `category` (1-24) on `date`. */
export function categoryMaxPoints(rules: RuleSet, category: number, date: IsoDate): PointsE4 {
  const row = ruleAt(rules.budgetCategories, date, 'budgetcategorieën');
  const max = Number.isInteger(category) ? row.maxPointsE4[category - 1] : undefined;
  if (max === undefined) {
    fail('unknown_category', msg('unknown_category', { category, count: row.maxPointsE4.length }));
  }
  return max;
}

/** The new category of an old one (I-XII) under the map valid on `date`. */
export function newCategoryOf(rules: RuleSet, old: string, date: IsoDate): number {
  const row = ruleAt(rules.oldCategoryMap, date, 'oude categorieën');
  const next = row.map[old.trim().toUpperCase()];
  if (next === undefined) fail('unknown_old_category', msg('unknown_old_category', { old }));
  return next;
}

/** The euro value of a point on `date`, in cents. */
export function pointValueAt(rules: RuleSet, date: IsoDate): Cents {
  return ruleAt(rules.pointValue, date, 'puntwaarde').centsPerPoint;
}

/** The free-to-spend part of a cash budget of `yearlyPointsE4` points per year, on `date`. */
export function cashFreeToSpend(rules: RuleSet, yearlyPointsE4: PointsE4, date: IsoDate): Cents {
  const row = ruleAt(rules.cashFree, date, 'vrij besteedbaar deel');
  return yearlyPointsE4 >= row.highFromE4 ? row.highCents : row.lowCents;
}

/** Zorgbudget for `months` months starting on `date`'s rule. */
export function zorgbudgetCents(rules: RuleSet, months: number, date: IsoDate): Cents {
  return ruleAt(rules.zorgbudget, date, 'zorgbudget').centsPerMonth * months;
}
