import { describe, expect, it } from 'vitest';
import { socialeBalans } from './sociale-balans.ts';
import { previousYear } from './sociale-balans-during.ts';
import { formOf, modelCodes, previousCodes } from './sociale-balans-form.ts';
import { sampleData, sampleWithPreviousYear } from './sociale-balans-sample.ts';

const NO_SIZE = { turnoverCents: null, balanceTotalCents: null };
const valuesOf = (figures: { code: string; value: number }[]) => new Map(figures.map((f) => [f.code, f.value]));
const reasonsOf = (missing: { code: string; reason: string }[]) => new Map(missing.map((m) => [m.code, m.reason]));
describe('the previous year’s columns of the form', () => {
  it('are P, 1P, 2P of 1003-1033 in the full model and 3P of 100-102 in the abbreviated one, apart from the year’s codes', () => {
    expect(previousCodes('full')).toEqual([
      '1003',
      '10031',
      '10032',
      '1013',
      '10131',
      '10132',
      '1023',
      '10231',
      '10232',
      '1033',
      '10331',
      '10332',
    ]);
    expect(previousCodes('abbreviated')).toEqual(['1003', '1013', '1023']);
    // The year's codes appear once: the previous year's cells are not counted among them.
    const full = modelCodes('full');
    expect(full.filter((c) => c === '1003')).toHaveLength(1);
    expect(formOf('abbreviated')[0]!.lines[0]!.cells.previousTotalOrFte).toEqual({
      code: '1003',
      unit: 'fte',
      previous: true,
    });
  });
});

describe('sociale balans, previous year (hand-computed)', () => {
  const data = sampleWithPreviousYear();

  it('computes 1003-1033 of 2024 by sex from 2024’s month ends and payroll (full model)', () => {
    const p = previousYear(data, 2025, 'full');
    expect(p.year).toBe(2024);
    expect(p.missing).toEqual([]);
    const v = valuesOf(p.figures);
    // FTE: e1 and e3 12 × 1, e4 6 × 0.5, ÷ 12 = 2.25; men 1, women 1.25.
    expect(v.get('1003')).toBeCloseTo(2.25, 9);
    expect(v.get('10031')).toBeCloseTo(1, 9);
    expect(v.get('10032')).toBeCloseTo(1.25, 9);
    // Hours: 1800 + 1680 + 420 = 3900; men 1800, women 2100.
    expect([v.get('1013'), v.get('10131'), v.get('10132')]).toEqual([3900, 1800, 2100]);
    // Costs: 4,560,000 + 3,480,000 + 900,000 cents; benefits 12 × 1,000 cents, all the man's.
    expect([v.get('1023'), v.get('10231'), v.get('10232')]).toEqual([8_940_000, 4_560_000, 4_380_000]);
    expect([v.get('1033'), v.get('10331'), v.get('10332')]).toEqual([12_000, 12_000, 0]);
    expect(p.figures.map((f) => f.code)).toEqual(previousCodes('full'));
    expect(p.figures.find((f) => f.code === '10032')!.ids.sort()).toEqual(['e3', 'e4']);
  });

  it('gives only the totals in the abbreviated model (3P), and leaves the year’s own figures as they were', () => {
    const p = previousYear(data, 2025, 'abbreviated', false);
    expect(p.figures.map((f) => f.code)).toEqual(['1003', '1013', '1023']);
    const pv = valuesOf(p.figures);
    expect(pv.get('1003')).toBeCloseTo(2.25, 9);
    expect([pv.get('1013'), pv.get('1023')]).toEqual([3900, 8_940_000]);
    expect(p.figures.every((f) => f.ids.length === 0)).toBe(true);
    const v = valuesOf(socialeBalans(data, 2025, null, NO_SIZE).figures);
    expect(v.get('1003')).toBeCloseTo(22 / 12, 9);
    expect([v.get('1013'), v.get('1023')]).toEqual([3680, 8_600_000]);
  });

  it('lists the previous year’s missing data, never a zero: no payroll, incomplete payroll, nobody registered', () => {
    // The sample has no payroll of 2024: 1013/1023 missing, 1003 computed (e1 and e3 all year).
    const noPayroll = previousYear(sampleData(), 2025, 'abbreviated');
    expect(noPayroll.figures.map((f) => f.code)).toEqual(['1003']);
    expect(valuesOf(noPayroll.figures).get('1003')).toBeCloseTo(2, 9);
    expect(reasonsOf(noPayroll.missing)).toEqual(
      new Map([
        ['1013', 'no_payroll'],
        ['1023', 'no_payroll'],
      ]),
    );
    // One month of e4 without payroll: 101-103 of 2024 incomplete, naming her.
    const gap = sampleWithPreviousYear();
    gap.payroll = gap.payroll.filter((x) => !(x.employeeId === 'e4' && x.month === '2024-06-01'));
    const incomplete = previousYear(gap, 2025, 'full');
    expect(incomplete.missing.find((m) => m.code === '10232')).toEqual({
      code: '10232',
      reason: 'payroll_incomplete',
      ids: ['e4'],
    });
    expect(valuesOf(incomplete.figures).has('1023')).toBe(false);
    // Nobody under contract at any month end of 2014 (the earliest contract starts in 2015).
    const empty = previousYear(sampleData(), 2015, 'full');
    expect(empty.figures).toEqual([]);
    expect(reasonsOf(empty.missing).get('1003')).toBe('none_registered');
    expect(reasonsOf(empty.missing).get('10032')).toBe('none_registered');
    expect(reasonsOf(empty.missing).get('1013')).toBe('no_payroll');
  });
});

describe('the head of the form and the size test', () => {
  it('lists the joint committees of the contracts in force during the year', () => {
    const data = sampleWithPreviousYear();
    expect(socialeBalans(data, 2025, null, NO_SIZE).jointCommittees).toEqual(['319.01']);
    expect(socialeBalans(data, 2024, null, NO_SIZE).jointCommittees).toEqual(['319.01', '330.01']);
  });

  it('says which criterion could not be checked and whether the model could change with it', () => {
    const size = (turnoverCents: number | null, balanceTotalCents: number | null) => {
      const b = socialeBalans(sampleData(), 2025, null, { turnoverCents, balanceTotalCents });
      return { model: b.model, unchecked: b.size.unchecked, certain: b.size.modelCertain };
    };
    // 1.8 FTE: with both unknown, two exceeded criteria are still possible.
    expect(size(null, null)).toEqual({
      model: 'abbreviated',
      unchecked: ['turnover', 'balance_total'],
      certain: false,
    });
    expect(size(1_000_000_000, null)).toEqual({ model: 'abbreviated', unchecked: ['balance_total'], certain: false });
    expect(size(100, null)).toEqual({ model: 'abbreviated', unchecked: ['balance_total'], certain: true });
    expect(size(1_000_000_000, 365_000_001)).toEqual({ model: 'full', unchecked: [], certain: true });
    const b = socialeBalans(sampleData(), 2025, null, { turnoverCents: 5, balanceTotalCents: 400_000_000 });
    expect(b.size).toMatchObject({ balanceTotalCents: 400_000_000, balanceExceeded: true, turnoverExceeded: false });
  });
});
