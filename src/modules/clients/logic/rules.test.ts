import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate, overlapDays, yearsAndMonths } from './dates.ts';
import { ClientsLogicError } from './errors.ts';
import {
  cashFreeToSpend,
  categoryMaxPoints,
  newCategoryOf,
  pointValueAt,
  RULE_SEED,
  ruleAt,
  zorgbudgetCents,
  type RuleTable,
} from './rules.ts';

describe('ruleAt', () => {
  const table: RuleTable<{ v: number }> = [
    { validFrom: '2020-01-01', v: 1 },
    { validFrom: '2022-01-01', validTo: '2022-12-31', v: 2 },
    { validFrom: '2021-01-01', v: 3 },
  ];
  it('takes the latest validFrom on or before the date, whatever the order of rows', () => {
    expect(ruleAt(table, '2020-06-30').v).toBe(1);
    expect(ruleAt(table, '2021-01-01').v).toBe(3);
    expect(ruleAt(table, '2022-12-31').v).toBe(2);
  });
  it('respects validTo: after it an earlier open row applies again', () => {
    expect(ruleAt(table, '2023-01-01').v).toBe(3);
  });
  it('errors clearly when no row is valid', () => {
    expect(() => ruleAt(table, '2019-12-31', 'puntwaarde')).toThrow(ClientsLogicError);
    expect(() => ruleAt(table, '2019-12-31', 'puntwaarde')).toThrow('No row of "puntwaarde" is valid on 2019-12-31.');
    expect(() => ruleAt([{ validFrom: '2020-01-01', validTo: '2020-12-31', v: 1 }], '2021-01-01')).toThrow(
      /no row|No row/,
    );
  });
});

describe('RULE_SEED (DOMAIN.md §3)', () => {
  it('has the 24 categories from 5 March 2021 and none before', () => {
    expect(categoryMaxPoints(RULE_SEED, 1, '2021-03-05')).toBe(77_500);
    expect(categoryMaxPoints(RULE_SEED, 7, '2024-06-01')).toBe(348_100);
    expect(categoryMaxPoints(RULE_SEED, 23, '2024-06-01')).toBe(971_275);
    expect(categoryMaxPoints(RULE_SEED, 24, '2024-06-01')).toBe(1_032_850);
    expect(RULE_SEED.budgetCategories[0]?.maxPointsE4).toHaveLength(24);
    const max = RULE_SEED.budgetCategories[0]!.maxPointsE4;
    expect(max.every((v, i) => i === 0 || v > max[i - 1]!)).toBe(true);
    expect(() => categoryMaxPoints(RULE_SEED, 25, '2024-01-01')).toThrow(/does not exist/);
    expect(() => categoryMaxPoints(RULE_SEED, 3, '2021-03-04')).toThrow(/budgetcategorieën/);
  });
  it('maps old categories to new ones', () => {
    expect(newCategoryOf(RULE_SEED, 'I', '2021-03-05')).toBe(2);
    expect(newCategoryOf(RULE_SEED, 'x', '2022-01-01')).toBe(16);
    expect(newCategoryOf(RULE_SEED, 'XII', '2022-01-01')).toBe(24);
    expect(() => newCategoryOf(RULE_SEED, 'XIII', '2022-01-01')).toThrow(ClientsLogicError);
  });
  it('marks the point values as examples and has one for every date since 2017', () => {
    expect(pointValueAt(RULE_SEED, '2017-06-01')).toBe(81_736);
    expect(pointValueAt(RULE_SEED, '2023-12-31')).toBe(81_736);
    expect(pointValueAt(RULE_SEED, '2024-01-01')).toBe(98_000);
    expect(RULE_SEED.pointValue.every((r) => r.example === true)).toBe(true);
  });
  it('holds the RTH, organisation, zorgbudget, cash and start figures', () => {
    const rth = ruleAt(RULE_SEED.rthPoints, '2024-01-01');
    expect(rth.pointsE4).toEqual({
      ambulant: 1_550,
      mobile: 2_200,
      begeleid_werken: 2_200,
      group: 870,
      day: 870,
      night: 1_300,
    });
    expect(ruleAt(RULE_SEED.rthCap, '2024-01-01')).toMatchObject({ standardE4: 80_000, withVolunteersE4: 70_000 });
    expect(ruleAt(RULE_SEED.rthContribution, '2019-01-01').maxCents).toEqual({
      session: 534,
      day: 1_015,
      night: 2_553,
    });
    expect(ruleAt(RULE_SEED.organisationRate, '2024-01-01').rateE4).toBe(2_535);
    expect(zorgbudgetCents(RULE_SEED, 12, '2024-01-01')).toBe(360_000);
    expect(cashFreeToSpend(RULE_SEED, 310_100, '2024-01-01')).toBe(180_000);
    expect(cashFreeToSpend(RULE_SEED, 348_100, '2024-01-01')).toBe(360_000);
    expect(ruleAt(RULE_SEED.startLimit, '2024-01-01')).toMatchObject({ months: 4, nearDays: 30 });
  });
});

describe('dates', () => {
  it('validates, adds months with month-end clamping and counts days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    expect(addMonths('2023-10-31', 4)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -2)).toBe('2023-11-15');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(overlapDays('2024-01-01', '2024-01-31', '2024-01-31', '2024-02-10')).toBe(1);
    expect(overlapDays('2024-01-01', '2024-01-31', '2024-02-01', '2024-02-10')).toBe(0);
    expect(yearsAndMonths('2019-06-15', '2021-12-14')).toEqual({ years: 2, months: 5 });
    expect(yearsAndMonths('2019-06-15', '2021-12-15')).toEqual({ years: 2, months: 6 });
    expect(yearsAndMonths('2024-01-31', '2024-02-29')).toEqual({ years: 0, months: 1 });
    expect(() => daysBetween('2024-13-01', '2024-01-01')).toThrow(/not a date/);
  });
});
