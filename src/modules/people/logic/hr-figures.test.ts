import { describe, expect, it } from 'vitest';
import { hrFigures, isLongSickness } from './hr-figures.ts';
import { sampleData } from './sociale-balans-sample.ts';
import { weekdaysIncl } from './sociale-balans-time.ts';

describe('HR key figures, hand-computed (2025)', () => {
  const hr = hrFigures(sampleData(), 2025);
  const v = new Map(hr.figures.map((f) => [f.key, f.value]));

  it('counts the weekdays of a year and splits sickness at one month', () => {
    expect(weekdaysIncl('2025-01-01', '2025-12-31')).toBe(261);
    expect(weekdaysIncl('2025-06-01', '2025-06-15')).toBe(10);
    expect(isLongSickness({ startsOn: '2025-01-05', endsOn: '2025-02-03' })).toBe(false);
    expect(isLongSickness({ startsOn: '2025-01-05', endsOn: '2025-02-04' })).toBe(true);
    expect(isLongSickness({ startsOn: '2025-01-31', endsOn: '2025-02-27' })).toBe(true);
  });

  it('gives headcount, FTE, turnover and part-time share', () => {
    expect(v.get('headcount')).toBe(2);
    expect(v.get('fte')).toBe(1.83);
    expect(v.get('turnover')).toBe(50);
    expect(v.get('part_time_share')).toBe(50);
    expect(hr.months.map((m) => m.headcount)).toEqual([2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]);
    expect(hr.months[2]!.fte).toBe(2.5);
  });

  it('gives absenteeism per 100 days to be worked, frequency and the Bradford factor', () => {
    // to be worked: e1 261 days, e3 118, e2 (86 + 132) × ½ = 488 days in FTE; short: 3-7 Feb = 5 weekdays,
    // long: 1 Sep - 15 Oct = 22 + 11 weekdays
    expect(v.get('absenteeism_short')).toBe(Math.round((5 / 488) * 10_000) / 100);
    expect(v.get('absenteeism_long')).toBe(Math.round((33 / 488) * 10_000) / 100);
    expect(v.get('frequency')).toBe(Math.round((2 / 2.25) * 100) / 100);
    // e1: 2 spells, 5 + 45 days → 4 × 50 = 200; mean over three workers
    expect(v.get('bradford')).toBe(66.67);
  });

  it('gives training against the norm, cost per FTE, seniority and the pyramid, each with its formula', () => {
    expect(v.get('training_hours_per_fte')).toBe(Math.round((12 / (22 / 12)) * 100) / 100);
    expect(v.get('training_norm_share')).toBe(Math.round((12 / ((22 / 12) * 38)) * 10_000) / 100);
    expect(v.get('personnel_cost_per_fte')).toBe(Math.round(8_600_000 / (22 / 12)));
    expect(v.get('seniority')).toBe(Math.round(((365 * 5 + 1 + 365) / 365.25 + 305 / 365.25) * 5) / 10);
    expect(hr.pyramid.find((p) => p.band === '25-34')).toEqual({ band: '25-34', men: 0, women: 1 });
    expect(hr.pyramid.find((p) => p.band === '45-54')).toEqual({ band: '45-54', men: 1, women: 0 });
    for (const f of hr.figures) expect(f.formula.nl.length, f.key).toBeGreaterThan(10);
  });

  it('gives null, not zero, where there is nothing to divide by', () => {
    const empty = hrFigures(
      { employees: [], contracts: [], payroll: [], absences: [], trainings: [], externals: [] },
      2025,
    );
    const e = new Map(empty.figures.map((f) => [f.key, f.value]));
    expect([
      e.get('turnover'),
      e.get('absenteeism_short'),
      e.get('personnel_cost_per_fte'),
      e.get('seniority'),
    ]).toEqual([null, null, null, null]);
  });
});
