import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_SEED } from './rules.ts';
import { priceOnDate, valueRegistration, type ValuationBasis } from './valuation.ts';

const day: ValuationBasis = {
  name: 'Dagondersteuning',
  kind: 'pvf',
  offer: [
    { validFrom: '2020-01-01', validTo: '2025-03-15', priceE4: 800 },
    { validFrom: '2025-03-16', priceE4: 900 },
  ],
  agreements: [
    { validFrom: '2025-01-01', validTo: '2025-03-15', priceE4: 1_000 },
    { validFrom: '2025-03-16', validTo: '2025-12-31', priceE4: 1_200 },
  ],
};

describe('valueRegistration', () => {
  // The agreed price valid on the date, across a price change in the middle of a month; the offer price
  // only where no agreement line covers the date.
  it.each([
    { units: 3, date: '2025-03-15', valued: { priceE4: 1_000, source: 'agreement', pointsE4: 3_000 } },
    { units: 1, date: '2025-03-16', valued: { priceE4: 1_200, source: 'agreement', pointsE4: 1_200 } },
    { units: 1, date: '2024-12-31', valued: { priceE4: 800, source: 'offer', pointsE4: 800 } },
    { units: 2, date: '2026-01-05', valued: { priceE4: 900, source: 'offer', pointsE4: 1_800 } },
  ])('values $units unit(s) on $date at the $valued.source price valid that day', ({ units, date, valued }) => {
    expect(valueRegistration(units, date, day, RULE_SEED)).toEqual(valued);
  });
  it('takes the line that started last where agreement lines overlap', () => {
    const overlap = {
      ...day,
      agreements: [
        { validFrom: '2025-01-01', priceE4: 1_000 },
        { validFrom: '2025-06-01', validTo: '2025-06-30', priceE4: 1_500 },
      ],
    };
    expect(priceOnDate(overlap, '2025-06-10', RULE_SEED)).toEqual({ priceE4: 1_500, source: 'agreement' });
    expect(priceOnDate(overlap, '2025-07-01', RULE_SEED)).toEqual({ priceE4: 1_000, source: 'agreement' });
  });
  it('values RTH at the rule table points, and refuses a date without any price', () => {
    expect(
      valueRegistration(
        2,
        '2025-05-05',
        {
          name: 'RTH',
          kind: 'rth',
          rthUnitType: 'ambulant',
          offer: [],
          agreements: [{ validFrom: '2020-01-01', priceE4: 9_999 }],
        },
        RULE_SEED,
      ),
    ).toEqual({ priceE4: 1_550, source: 'rth', pointsE4: 3_100 });
    expect(() => valueRegistration(1, '2019-12-31', day, RULE_SEED)).toThrow(/no price on 2019-12-31/);
  });
  it('rounds an exact half away from zero where floating point would not (0.29 × 0.0050, 1.15 × 0.2100)', () => {
    const at = (units: number, priceE4: number) =>
      valueRegistration(units, '2025-04-01', { ...day, agreements: [{ validFrom: '2025-01-01', priceE4 }] }, RULE_SEED)
        .pointsE4;
    expect(at(0.29, 50)).toBe(15); // 14.5 → 15 (0.29 × 50 = 14.499999999999998 in floating point)
    expect(at(1.15, 2_100)).toBe(2_415);
  });
  it('keeps points exact ten-thousandths: units × price rounded half away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_400 }), fc.integer({ min: 0, max: 100_000 }), (hundredths, price) => {
        const v = valueRegistration(
          hundredths / 100,
          '2025-04-01',
          { ...day, agreements: [{ validFrom: '2025-01-01', priceE4: price }] },
          RULE_SEED,
        );
        expect(Number.isSafeInteger(v.pointsE4)).toBe(true);
        expect(v.pointsE4).toBe(Math.floor((hundredths * price + 50) / 100));
      }),
      { numRuns: 2_000 },
    );
  });
});
