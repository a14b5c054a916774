/** The HR figures API answers rounded values (issue 13: "API values unrounded"). */
import { describe, expect, it } from 'vitest';
import { testAppForFile } from '../../server/testing.ts';
import { sampleHrFigures } from './balans-fixture.ts';

const ctx = testAppForFile();

/** The number of decimals a number is written with in JSON. */
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('HR figures API rounding', () => {
  it('answers percentages with at most 1 decimal, FTE and ratios 2, money in whole cents, counts whole', async () => {
    const hr = await sampleHrFigures(ctx);
    expect(hr.status).toBe(200);
    const most = { count: 0, cents: 0, percent: 1, hours: 1, years: 1, fte: 2, ratio: 2 } as const;
    const values = hr.body.figures.filter((f) => f.value !== null);
    expect(values.length).toBeGreaterThan(5);
    for (const f of values)
      expect({ key: f.key, decimals: decimals(f.value!) <= most[f.unit] }).toEqual({ key: f.key, decimals: true });
    for (const m of hr.body.months) expect(decimals(m.fte)).toBeLessThanOrEqual(2);
    const absenteeism = values.find((f) => f.key === 'absenteeism_short');
    expect(absenteeism?.unit).toBe('percent');
  });
});
