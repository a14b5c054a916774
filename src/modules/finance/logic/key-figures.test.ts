import { describe, expect, it } from 'vitest';
import { daysInPeriod, keyFigures, naturalTotals, type KeyFigure } from './key-figures.ts';

const byCode = (figures: KeyFigure[]) => Object.fromEntries(figures.map((f) => [f.code, f]));

describe('keyFigures with profit-and-loss and balance accounts', () => {
  const totals = {
    '604000': 1_000_000,
    '610000': 1_000_000,
    '620000': 6_000_000,
    '621000': 1_500_000,
    '630000': 500_000,
    '700000': 2_000_000,
    '730000': 100_000,
    '731000': 200_000,
    '733000': 7_000_000,
    '740000': 1_000_000,
    '760000': 200_000,
    '100000': 3_000_000,
    '140000': 1_000_000,
    '160000': 500_000,
    '170000': 1_500_000,
    '220000': 4_000_000,
    '300000': 100_000,
    '400000': 1_200_000,
    '411000': 300_000,
    '550000': 1_600_000,
    '570000': 50_000,
    '490000': 50_000,
    '440000': 800_000,
    '453000': 600_000,
    '493000': 100_000,
  };
  const f = byCode(keyFigures(totals, { days: 365 }));

  it('personnel-cost ratio = 62 / 6 as a percentage, with its inputs and formula', () => {
    expect(f.personnel_cost_ratio?.value).toBeCloseTo(75, 10);
    expect(f.personnel_cost_ratio?.unit).toBe('percent');
    expect(f.personnel_cost_ratio?.inputs).toEqual({ '62': 7_500_000, '6': 10_000_000 });
    expect(f.personnel_cost_ratio?.formula.nl).toContain('62');
  });

  it('result = 7 − 6 in cents', () => {
    expect(f.result).toMatchObject({ value: 10_500_000 - 10_000_000, unit: 'cents' });
  });

  it('current ratio and solvency from the balance accounts', () => {
    // current assets 100 000 + 1 200 000 + 300 000 + 1 600 000 + 50 000 + 50 000 = 3 300 000; current debts 1 500 000.
    expect(f.current_ratio?.inputs).toEqual({ current_assets: 3_300_000, current_liabilities: 1_500_000 });
    expect(f.current_ratio?.value).toBeCloseTo(2.2, 12);
    // equity 4 000 000 / (4 000 000 + 2 000 000 + 1 500 000)
    expect(f.solvency?.value).toBeCloseTo((4 / 7.5) * 100, 10);
  });

  it('cash-days = cash / (costs without depreciation / days)', () => {
    expect(f.cash_days?.value).toBeCloseTo(1_650_000 / (9_500_000 / 365), 10);
    expect(f.cash_days?.unit).toBe('days');
  });

  it('subsidy dependency and own-income share follow the income types (733 and 740 are subsidies by default)', () => {
    expect(f.subsidy_dependency?.value).toBeCloseTo((8_000_000 / 10_500_000) * 100, 10);
    expect(f.own_income_share?.value).toBeCloseTo((2_300_000 / 10_500_000) * 100, 10);
    const mapped = byCode(
      keyFigures(totals, { days: 365, incomeTypeOf: (a) => (a === '740000' ? 'other' : undefined) }),
    );
    expect(mapped.subsidy_dependency?.value).toBeCloseTo((7_000_000 / 10_500_000) * 100, 10);
  });
});

describe('keyFigures without the data', () => {
  it('gives null with the reason when no balance accounts were imported', () => {
    const f = byCode(keyFigures({ '620': 100, '700': 200 }, { days: 90 }));
    for (const code of ['current_ratio', 'solvency', 'cash_days'] as const) {
      expect(f[code]?.value).toBeNull();
      expect(f[code]?.missing?.nl).toContain('balansrekeningen');
    }
    expect(f.personnel_cost_ratio?.value).toBe(100);
  });

  it('gives null for an empty period and for a zero denominator', () => {
    const f = byCode(keyFigures({}, { days: 90 }));
    for (const figure of Object.values(f)) {
      expect(figure.value).toBeNull();
      expect(figure.missing?.en.length).toBeGreaterThan(0);
    }
    const zero = byCode(keyFigures({ '620': 0, '55': 100, '733': 0 }, { days: 90 }));
    expect(zero.personnel_cost_ratio?.missing?.en).toBe('The denominator is zero.');
    expect(zero.subsidy_dependency?.value).toBeNull();
    expect(zero.current_ratio?.value).toBeNull();
  });
});

describe('sign convention helpers', () => {
  it('naturalTotals flips credit-natured accounts of ledger totals', () => {
    expect(
      naturalTotals({
        '620000': 100,
        '700000': -300,
        '100000': -50,
        '440000': -20,
        '400000': 30,
        '492000': -5,
        '490000': 5,
      }),
    ).toEqual({ '620000': 100, '700000': 300, '100000': 50, '440000': 20, '400000': 30, '492000': 5, '490000': 5 });
  });

  it('daysInPeriod counts both ends', () => {
    expect(daysInPeriod('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInPeriod('2023-01-01', '2023-03-31')).toBe(90);
  });
});
