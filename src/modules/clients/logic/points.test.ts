import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRounded,
  formatCents,
  formatNumber,
  formatPoints,
  organisationPoints,
  parsePoints,
  points,
  pointsToCents,
  sumPoints,
} from './points.ts';

const value = (r: ReturnType<typeof parsePoints>) => (r.ok ? r.value : r.reason.code);

describe('parsePoints', () => {
  it('reads comma and dot decimals, signs, spaces and numbers', () => {
    expect(value(parsePoints('12,3456'))).toBe(123_456);
    expect(value(parsePoints('12.3456'))).toBe(123_456);
    expect(value(parsePoints(' 7,75 '))).toBe(77_500);
    expect(value(parsePoints('-0,5'))).toBe(-5_000);
    expect(value(parsePoints(',5'))).toBe(5_000);
    expect(value(parsePoints('103.285'))).toBe(1_032_850);
    expect(value(parsePoints(12.3456))).toBe(123_456);
    expect(value(parsePoints(0.1 + 0.2))).toBe(3_000);
    expect(value(parsePoints('1,23450000'))).toBe(12_345); // trailing zeros are not precision
  });
  it('refuses more than 4 decimals with points_precision and a clear reason', () => {
    const r = parsePoints('12,34567');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('points_precision');
      expect(r.reason.nl).toContain('meer dan 4 cijfers na de komma');
      expect(r.reason.en).toContain('more than 4 decimals');
    }
    expect(value(parsePoints(12.34561))).toBe('points_precision');
  });
  it('refuses empty, non-numeric and grouped text', () => {
    expect(value(parsePoints('  '))).toBe('empty_points');
    expect(value(parsePoints('abc'))).toBe('invalid_points');
    expect(value(parsePoints('1.234,5'))).toBe('invalid_points');
    expect(value(parsePoints('.'))).toBe('invalid_points');
    expect(value(parsePoints(Number.NaN))).toBe('invalid_points');
    expect(value(parsePoints('99999999999999999'))).toBe('points_range');
    expect(() => points('1,23456')).toThrow(/more than 4 decimals/);
  });
  it('round-trips through formatPoints in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (e4) => {
        const nl = formatPoints(e4, 'nl').replaceAll('.', '');
        const en = formatPoints(e4, 'en').replaceAll(',', '');
        expect(value(parsePoints(nl))).toBe(e4);
        expect(value(parsePoints(en))).toBe(e4);
        expect(value(parsePoints(e4 / 10_000))).toBe(e4);
      }),
    );
  });
});

describe('formatting', () => {
  it('always shows four decimals for points and groups thousands', () => {
    expect(formatPoints(219_000, 'nl')).toBe('21,9000');
    expect(formatPoints(12_345_678, 'nl')).toBe('1.234,5678');
    expect(formatPoints(12_345_678, 'en')).toBe('1,234.5678');
    expect(formatPoints(-5, 'nl')).toBe('-0,0005');
  });
  it('formats euro and plain numbers', () => {
    expect(formatCents(123_456, 'nl')).toBe('€ 1.234,56');
    expect(formatCents(-5, 'en')).toBe('-€0.05');
    expect(formatNumber(365 / 7, 2, 'nl')).toBe('52,14');
  });
});

describe('pointsToCents', () => {
  it('rounds half away from zero to the cent', () => {
    expect(pointsToCents(77_500, 81_736)).toBe(633_454); // 7.75 × 817.36 = 6334.54
    expect(pointsToCents(122_345, 81_736)).toBe(999_999); // old category I: 12.2345 × €817.36 = €9,999.99
    expect(pointsToCents(5, 1_000)).toBe(1); // 0.0005 × 10.00 = 0.005 → 0.01
    expect(pointsToCents(-5, 1_000)).toBe(-1);
    expect(pointsToCents(4, 1_000)).toBe(0);
    expect(pointsToCents(9e12, 98_000)).toBe(88_200_000_000_000); // beyond 2^53 in the product
  });
  it('refuses fractional points or point values', () => {
    expect(() => pointsToCents(1.5, 100)).toThrow(RangeError);
    expect(() => pointsToCents(1, 1.5)).toThrow(RangeError);
  });
  it('sum of conversions differs from the conversion of the sum by at most n/2 cents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 200_000 }),
        (values, cpp) => {
          const separate = values.reduce((a, v) => a + pointsToCents(v, cpp), 0);
          const together = pointsToCents(sumPoints(values), cpp);
          expect(Math.abs(separate - together)).toBeLessThanOrEqual(values.length / 2);
        },
      ),
    );
  });
  it('is within half a cent of the exact value and whole points convert exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 200_000 }), (e4, cpp) => {
        const cents = pointsToCents(e4, cpp);
        expect(Math.abs(cents * 10_000 - e4 * cpp)).toBeLessThanOrEqual(5_000);
        const whole = Math.trunc(e4 / 10_000) + 0;
        expect(pointsToCents(whole * 10_000, cpp)).toBe(whole * cpp + 0);
      }),
    );
  });
});

describe('organisationPoints', () => {
  it('adds 25.35% rounded to 0.0001 point', () => {
    expect(organisationPoints(100_000)).toBe(25_350);
    expect(organisationPoints(77_500)).toBe(19_646); // 1.9646 25
    expect(organisationPoints(2)).toBe(1); // 0.507 → 1
    expect(organisationPoints(100_000, 3_000)).toBe(30_000);
    expect(() => organisationPoints(1, -1)).toThrow(RangeError);
  });
  it('is monotone and stays within half a ten-thousandth of the exact rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 1e5 }), (e4, d) => {
        const exact = (e4 * 2535) / 10_000;
        expect(Math.abs(organisationPoints(e4) - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(organisationPoints(e4 + d)).toBeGreaterThanOrEqual(organisationPoints(e4));
      }),
    );
  });
});

describe('divideRounded', () => {
  it('rounds half away from zero for all signs', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(5, -2)).toBe(-3);
    expect(divideRounded(4, 3)).toBe(1);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });
});
