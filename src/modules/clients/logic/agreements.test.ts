import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableVoucherPoints,
  checkAgreementFits,
  committedPoints,
  linePoints,
  periodsInRange,
  unitsInPeriod,
  validateAgreementLine,
  type AgreementLine,
} from './agreements.ts';
import { addDays } from './dates.ts';
import { ClientsLogicError } from './errors.ts';
import { RULE_SEED } from './rules.ts';
import { agreementLine } from './testing.ts';

const day2 = agreementLine('dagondersteuning', { count: 2, per: 'week' }, 2_100, '2023-01-01');

describe('unitsInPeriod', () => {
  it('prorates weeks by days / 7', () => {
    expect(unitsInPeriod(day2, '2025-01-01', '2025-12-31')).toBeCloseTo((2 * 365) / 7, 12);
    expect(unitsInPeriod(day2, '2025-03-03', '2025-03-09')).toBe(2);
    expect(unitsInPeriod({ ...day2, start: '2025-03-05' }, '2025-03-03', '2025-03-09')).toBeCloseTo(10 / 7, 12);
    expect(unitsInPeriod({ ...day2, end: '2022-12-31', start: '2022-01-01' }, '2023-01-01', '2023-12-31')).toBe(0);
  });
  it('counts whole calendar months as one month each and prorates a part by its own length', () => {
    const m: AgreementLine = { ...day2, frequency: { count: 3, per: 'month' } };
    expect(unitsInPeriod(m, '2024-02-01', '2024-02-29')).toBe(3);
    expect(unitsInPeriod(m, '2024-01-01', '2024-12-31')).toBeCloseTo(36, 12);
    expect(unitsInPeriod(m, '2024-02-15', '2024-03-31')).toBeCloseTo(3 * (15 / 29) + 3, 12);
    expect(periodsInRange(m, '2024-12-17', '2025-01-15')).toBeCloseTo(15 / 31 + 15 / 31, 12);
  });
  it('prorates a yearly count by the days of each calendar year', () => {
    const y: AgreementLine = { ...day2, frequency: { count: 10, per: 'year' } };
    expect(unitsInPeriod(y, '2024-01-01', '2024-12-31')).toBe(10);
    expect(unitsInPeriod(y, '2024-07-01', '2024-12-31')).toBeCloseTo((10 * 184) / 366, 12);
    expect(unitsInPeriod(y, '2024-07-01', '2025-06-30')).toBeCloseTo((10 * 184) / 366 + (10 * 181) / 365, 12);
  });
  it('is additive over adjacent periods (any frequency)', () => {
    const dates = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2023-01-01', n));
    fc.assert(
      fc.property(
        fc.constantFrom('week', 'month', 'year'),
        dates,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (per, from, a, b) => {
          const line: AgreementLine = {
            ...day2,
            start: '2023-03-10',
            end: '2026-02-01',
            frequency: { count: 2.5, per: per as 'week' },
          };
          const mid = addDays(from, a);
          const whole = unitsInPeriod(line, from, addDays(mid, b + 1));
          expect(
            unitsInPeriod(line, from, mid) + unitsInPeriod(line, addDays(mid, 1), addDays(mid, b + 1)),
          ).toBeCloseTo(whole, 9);
        },
      ),
    );
  });
  it('refuses invalid lines', () => {
    expect(validateAgreementLine({ ...day2, frequency: { count: -1, per: 'week' } }).map((e) => e.code)).toEqual([
      'invalid_frequency',
    ]);
    expect(validateAgreementLine({ ...day2, priceE4: 1.5 }).map((e) => e.code)).toEqual(['invalid_price']);
    expect(validateAgreementLine({ ...day2, end: '2022-01-01' }).map((e) => e.code)).toEqual(['end_before_start']);
    expect(() => unitsInPeriod({ ...day2, start: '2023-02-30' }, '2023-01-01', '2023-12-31')).toThrow(
      ClientsLogicError,
    );
  });
});

describe('committedPoints and checkAgreementFits', () => {
  it('commits 2 days a week at 0.21 points for a year: 21.9 points', () => {
    expect(committedPoints([day2], 2025)).toBe(219_000);
    expect(linePoints(day2, '2024-01-01', '2024-12-31')).toBe(219_600); // 366 days
  });
  it('refuses an agreement above the voucher with the arithmetic shown', () => {
    const r = checkAgreementFits([day2], 152_900, 2025);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('exceeds_budget');
    expect(r.error.numbers).toEqual({ committedE4: 219_000, availableE4: 152_900, excessE4: 66_100 });
    expect(r.error.nl).toBe(
      '2 dagen per week × 52,14 weken × 0,2100 punten = 21,9000 punten; beschikbaar in voucher: 15,2900 punten; 6,6100 punten te veel.',
    );
    expect(r.error.en).toBe(
      '2 days per week × 52.14 weeks × 0.2100 points = 21.9000 points; available in voucher: 15.2900 points; 6.6100 points too many.',
    );
  });
  it('sums several lines in the message and accepts an agreement that fits exactly', () => {
    const hours = agreementLine('individuele_psychosociale_begeleiding', { count: 1, per: 'month' }, 500, '2025-01-01');
    const r = checkAgreementFits([day2, hours], 200_000, 2025);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.nl).toContain(
        '+ 1 uur per maand × 12 maanden × 0,0500 punten = 0,6000 punten; samen 22,5000 punten; beschikbaar in voucher: 20,0000 punten; 2,5000 punten te veel.',
      );
    expect(checkAgreementFits([day2, hours], 225_000, 2025)).toEqual({
      ok: true,
      committedE4: 225_000,
      availableE4: 225_000,
      leftE4: 0,
    });
  });
  it('never refuses when the lines commit at most the available points', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            count: fc.integer({ min: 1, max: 7 }),
            per: fc.constantFrom('week', 'month', 'year'),
            priceE4: fc.integer({ min: 0, max: 50_000 }),
            startDay: fc.integer({ min: 0, max: 700 }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 3_000_000 }),
        (specs, available) => {
          const lines = specs.map(
            (s): AgreementLine => ({
              clientId: 'c',
              function: 'x',
              frequency: { count: s.count, per: s.per as 'week' },
              priceE4: s.priceE4,
              start: addDays('2024-06-01', s.startDay),
            }),
          );
          const r = checkAgreementFits(lines, available, 2025);
          const committed = committedPoints(lines, 2025);
          expect(r.ok).toBe(committed <= available);
          if (!r.ok) expect(r.error.numbers.excessE4).toBe(committed - available);
        },
      ),
    );
  });
});

describe('availableVoucherPoints', () => {
  const base = { kind: 'pvb' as const, category: 3, madeAvailable: '2023-11-01', start: '2024-01-01' };
  it('gives the category maximum for voucher, the stated part for a combination, 0 for cash', () => {
    expect(availableVoucherPoints({ ...base, form: 'voucher' }, 2025, RULE_SEED)).toBe(152_900);
    expect(availableVoucherPoints({ ...base, form: 'combination', voucherPointsE4: 100_000 }, 2025, RULE_SEED)).toBe(
      100_000,
    );
    expect(availableVoucherPoints({ ...base, form: 'cash' }, 2025, RULE_SEED)).toBe(0);
  });
  it('prorates a budget that starts or ends within the year', () => {
    // 1 July - 31 December 2025: 184 of 365 days of 15.29 points = 7.7078...
    expect(availableVoucherPoints({ ...base, form: 'voucher', start: '2025-07-01' }, 2025, RULE_SEED)).toBe(77_078);
    expect(availableVoucherPoints({ ...base, form: 'voucher', end: '2025-03-31' }, 2025, RULE_SEED)).toBe(
      Math.round((152_900 * 90) / 365),
    );
    expect(
      availableVoucherPoints({ ...base, form: 'voucher', start: null, madeAvailable: '2025-12-01' }, 2025, RULE_SEED),
    ).toBe(Math.round((152_900 * 31) / 365));
    expect(availableVoucherPoints({ ...base, form: 'voucher', end: '2024-12-31' }, 2025, RULE_SEED)).toBe(0);
  });
  it('refuses a combination voucher part above the category maximum', () => {
    expect(() =>
      availableVoucherPoints({ ...base, form: 'combination', voucherPointsE4: 152_901 }, 2025, RULE_SEED),
    ).toThrow(/15.2900/);
    expect(() => availableVoucherPoints({ ...base, form: 'combination' }, 2025, RULE_SEED)).toThrow(ClientsLogicError);
  });
});
