/**
 * Figures that could be read two ways have two distinct names, a formula, and one definition used
 * by the key figures, the cost-price report, the KPIs, the exports and both languages of the UI.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../web/locales/en.ts';
import { nl } from '../../../web/locales/nl.ts';
import { STARTER_SET } from '../../performance/public.ts';
import { sampleView } from '../exports/fixture.ts';
import { mixTable } from '../exports/tables.ts';
import { incomeMix, revenueFromLedger } from './costprice.ts';
import { FIGURE_NAMES } from './figure-names.ts';
import { keyFigures, naturalTotals, type KeyFigure } from './key-figures.ts';

// Ledger totals (debit positive): subsidy 7330 € 6 000, PVF voucher 7401 € 60 000 (the organisation maps it),
// sales 7000 € 4 000, costs € 65 000 (depreciation 630 € 5 000); equity € 20 000, debts € 30 000;
// investments 510 € 10 000, bank € 15 000.
const ledger = {
  '7330': -600_000,
  '7401': -6_000_000,
  '7000': -400_000,
  '620': 5_500_000,
  '610': 500_000,
  '630': 500_000,
  '100': -2_000_000,
  '440': -3_000_000,
  '510': 1_000_000,
  '550': 1_500_000,
  '220': 2_500_000,
};
const incomeTypeOf = (account: string) => (account === '7401' ? ('pvf_voucher' as const) : undefined);
const figures = Object.fromEntries(
  keyFigures(naturalTotals(ledger), { days: 365, incomeTypeOf }).map((f) => [f.code, f]),
) as Record<KeyFigure['code'], KeyFigure>;

describe('figures that could contradict each other', () => {
  it('subsidies only and all government money (with PVF) are two figures with their own name and formula', () => {
    expect(figures.subsidy_dependency.value).toBeCloseTo((600_000 / 7_000_000) * 100, 10);
    expect(figures.government_share.value).toBeCloseTo((6_600_000 / 7_000_000) * 100, 10);
    expect(figures.subsidy_dependency.name.nl).toContain('enkel subsidies');
    expect(figures.government_share.name.nl).toContain('PVF');
    expect(figures.government_share.formula.nl).toContain('PVB-voucher');
    // The cost-price report's share of government money is the same figure, by the same definition.
    const lines = Object.entries(ledger).map(([account, amountCents]) => ({ account, amountCents }));
    const mix = incomeMix(revenueFromLedger(lines, incomeTypeOf));
    expect(mix.governmentShare! * 100).toBeCloseTo(figures.government_share.value!, 10);
  });

  it('solvency before and after the year’s result, cash-days without and with investments (50-53)', () => {
    // Result = € 70 000 − € 65 000 = € 5 000; equity € 20 000 of € 50 000, after the result € 25 000 of € 55 000.
    expect(figures.solvency.value).toBeCloseTo(40, 10);
    expect(figures.solvency_after_result.value).toBeCloseTo((2_500_000 / 5_500_000) * 100, 10);
    expect(figures.cash_days.value).toBeCloseTo(1_500_000 / (6_000_000 / 365), 10);
    expect(figures.cash_days_with_investments.value).toBeCloseTo(2_500_000 / (6_000_000 / 365), 10);
    for (const code of ['solvency', 'solvency_after_result', 'cash_days', 'cash_days_with_investments'] as const) {
      expect(figures[code].name).toEqual(FIGURE_NAMES[code].name);
      expect(figures[code].formula).toEqual(FIGURE_NAMES[code].formula);
    }
  });

  it('every figure has a name of its own, in both languages', () => {
    const all = Object.values(figures);
    expect(new Set(all.map((f) => f.name.nl)).size).toBe(all.length);
    expect(new Set(all.map((f) => f.name.en)).size).toBe(all.length);
  });

  it('the UI, the KPIs and the exports use the same names', () => {
    for (const [code, { name, formula }] of Object.entries(FIGURE_NAMES)) {
      expect(nl.finance.kf[code as keyof typeof nl.finance.kf]).toBe(name.nl);
      expect(en.finance.kf[code as keyof typeof en.finance.kf]).toBe(name.en);
      const kpi = STARTER_SET.find((k) => k.formula === code);
      if (kpi) {
        expect([kpi.nameNl, kpi.nameEn]).toEqual([name.nl, name.en]);
        expect(kpi.definitionNl).toContain(formula.nl);
      }
    }
    expect(
      STARTER_SET.filter((k) => k.formula && k.formula in FIGURE_NAMES)
        .map((k) => k.code)
        .sort(),
    ).toEqual(['CASH_DAYS', 'SOLVENCY', 'SUBSIDY_DEPENDENCY']);
    expect(nl.finance.cost.government).toBe(FIGURE_NAMES.government_share.name.nl);
    expect(en.finance.cost.government).toBe(FIGURE_NAMES.government_share.name.en);
    expect(mixTable(sampleView(), 'nl').columns.at(-1)?.header).toEqual(FIGURE_NAMES.government_share.name);
  });
});
