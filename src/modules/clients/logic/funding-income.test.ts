import { describe, expect, it } from 'vitest';
import { clientIncome, fundingIncome } from './funding-income.ts';
import { RULE_SEED } from './rules.ts';

describe('fundingIncome', () => {
  it('gives a cash budget in euro with the low or high free-to-spend part by category (cut-off BC7)', () => {
    // BC6 = 31.01 points × €980 = €30,389.80, low part €1,800; BC7 = 34.81 points: the high part €3,600.
    expect(
      fundingIncome(
        { kind: 'pvb', category: 6, form: 'cash', madeAvailable: '2024-12-01', start: '2025-01-01' },
        2025,
        RULE_SEED,
      ),
    ).toEqual({ cashPointsE4: 310_100, cashCents: 3_038_980, freeToSpendCents: 180_000, zorgbudgetCents: 0 });
    expect(
      fundingIncome(
        { kind: 'pvb', category: 7, form: 'cash', madeAvailable: '2024-12-01', start: '2025-01-01' },
        2025,
        RULE_SEED,
      ).freeToSpendCents,
    ).toBe(360_000);
  });
  it('counts the cash part of a combination and prorates a budget by its days in the year', () => {
    const combination = fundingIncome(
      {
        kind: 'pvb',
        category: 8,
        form: 'combination',
        voucherPointsE4: 200_000,
        madeAvailable: '2025-01-01',
        start: '2025-07-02',
      },
      2025,
      RULE_SEED,
    );
    // 183 of 365 days: (39.38 − 20) × 183/365 = 9.7165 points; free part 3,600 × 183/365 = €1,804.93.
    expect(combination).toEqual({
      cashPointsE4: 97_165,
      cashCents: 952_217,
      freeToSpendCents: 180_493,
      zorgbudgetCents: 0,
    });
    expect(
      fundingIncome(
        { kind: 'pvb', category: 8, form: 'voucher', madeAvailable: '2025-01-01', start: '2025-01-01' },
        2025,
        RULE_SEED,
      ).cashCents,
    ).toBe(0);
  });
  it('pays the zorgbudget of €300 a month for the days of each month', () => {
    expect(
      fundingIncome({ kind: 'zorgbudget', start: '2025-03-01', end: '2025-08-31' }, 2025, RULE_SEED).zorgbudgetCents,
    ).toBe(6 * 30_000);
    // From 16 April: 15/30 of April + 8 whole months.
    expect(fundingIncome({ kind: 'zorgbudget', start: '2025-04-16' }, 2025, RULE_SEED).zorgbudgetCents).toBe(
      15_000 + 8 * 30_000,
    );
    expect(fundingIncome({ kind: 'zorgbudget', start: '2026-01-01' }, 2025, RULE_SEED).zorgbudgetCents).toBe(0);
  });
  it('adds every record of a client', () => {
    const total = clientIncome(
      [
        { kind: 'zorgbudget', start: '2020-01-01' },
        { kind: 'pvb', category: 6, form: 'cash', madeAvailable: '2020-01-01', start: '2020-01-01' },
        { kind: 'rth', start: '2020-01-01' },
      ],
      2025,
      RULE_SEED,
    );
    expect(total).toEqual({
      cashPointsE4: 310_100,
      cashCents: 3_038_980,
      freeToSpendCents: 180_000,
      zorgbudgetCents: 360_000,
    });
  });
});
