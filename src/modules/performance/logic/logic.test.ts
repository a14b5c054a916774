import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  checkValue,
  evaluate,
  formatPeriod,
  lastPeriods,
  lightOf,
  parseNumber,
  parsePeriod,
  periodEnd,
  periodRange,
  periodStart,
  shiftPeriod,
  targetOn,
  targetProblem,
} from './index.ts';

describe('periods', () => {
  it('reads the three forms and refuses others', () => {
    expect(parsePeriod('2026-03')).toEqual({ frequency: 'month', year: 2026, index: 3 });
    expect(parsePeriod('2026-q1')).toEqual({ frequency: 'quarter', year: 2026, index: 1 });
    expect(parsePeriod('2026')).toEqual({ frequency: 'year', year: 2026, index: 1 });
    for (const bad of ['2026-13', '2026-Q5', '26', '2026-3', 'maart', '2026-00', '1999'])
      expect(parsePeriod(bad)).toBeNull();
  });
  it('knows first and last days', () => {
    expect(periodStart(parsePeriod('2026-Q2')!)).toBe('2026-04-01');
    expect(periodEnd(parsePeriod('2026-Q2')!)).toBe('2026-06-30');
    expect(periodEnd(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2025')!)).toBe('2025-12-31');
  });
  it('shifts across years and lists ranges', () => {
    expect(formatPeriod(shiftPeriod(parsePeriod('2026-01')!, -1))).toBe('2025-12');
    expect(formatPeriod(shiftPeriod(parsePeriod('2025-Q4')!, 1))).toBe('2026-Q1');
    expect(periodRange(parsePeriod('2025-11')!, parsePeriod('2026-02')!)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(lastPeriods('2026-11-23', 'quarter', 3)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(lastPeriods('2026-11-23', 'month', 24)).toHaveLength(24);
  });
  it('round-trips every period (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter', 'year' as const),
        fc.integer({ min: 2001, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -30, max: 30 }),
        (f, year, i, n) => {
          const p = {
            frequency: f as 'month',
            year,
            index: f === 'month' ? i : f === 'quarter' ? ((i - 1) % 4) + 1 : 1,
          };
          expect(parsePeriod(formatPeriod(p))).toEqual(p);
          expect(shiftPeriod(shiftPeriod(p, n), -n)).toEqual(p);
          expect(periodStart(shiftPeriod(p, 1)) > periodEnd(p)).toBe(true);
        },
      ),
    );
  });
});

describe('thresholds', () => {
  it('colours up and down', () => {
    expect(evaluate(95, 'up', 90, 80)).toBe('green');
    expect(evaluate(90, 'up', 90, 80)).toBe('green');
    expect(evaluate(85, 'up', 90, 80)).toBe('amber');
    expect(evaluate(80, 'up', 90, 80)).toBe('amber');
    expect(evaluate(79.9, 'up', 90, 80)).toBe('red');
    expect(evaluate(5, 'down', 10, 20)).toBe('green');
    expect(evaluate(15, 'down', 10, 20)).toBe('amber');
    expect(evaluate(21, 'down', 10, 20)).toBe('red');
  });
  it('refuses a red threshold on the good side', () => {
    expect(targetProblem('up', { target: 90, redThreshold: 95, validFrom: '2026-01-01', validTo: null })?.field).toBe(
      'redThreshold',
    );
    expect(targetProblem('down', { target: 10, redThreshold: 5, validFrom: '2026-01-01', validTo: null })?.field).toBe(
      'redThreshold',
    );
    expect(
      targetProblem('up', { target: 90, redThreshold: 80, validFrom: '2026-01-01', validTo: '2025-01-01' })?.field,
    ).toBe('validTo');
    expect(targetProblem('down', { target: 10, redThreshold: 10, validFrom: '2026-01-01', validTo: null })).toBeNull();
  });
  it('is monotone: a better value never gets a worse light (property)', () => {
    const rank = { red: 0, amber: 1, green: 2 };
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (target, gap, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(rank[evaluate(target + hi, 'up', target, target - gap)]).toBeGreaterThanOrEqual(
            rank[evaluate(target + lo, 'up', target, target - gap)],
          );
          expect(rank[evaluate(target - hi, 'down', target, target + gap)]).toBeGreaterThanOrEqual(
            rank[evaluate(target - lo, 'down', target, target + gap)],
          );
          expect(evaluate(target, 'up', target, target - gap)).toBe('green');
        },
      ),
    );
  });
  it('applies the target valid at the start of the period', () => {
    const targets = [
      { validFrom: '2025-01-01', validTo: null, target: 90, redThreshold: 80 },
      { validFrom: '2026-01-01', validTo: '2026-12-31', target: 95, redThreshold: 85 },
    ];
    expect(targetOn(targets, '2025-06-01')?.target).toBe(90);
    expect(targetOn(targets, '2026-03-01')?.target).toBe(95);
    expect(targetOn(targets, '2027-01-01')?.target).toBe(90);
    expect(targetOn(targets, '2024-12-01')).toBeNull();
    expect(lightOf(88, 'up', targets, '2026-03-01')?.light).toBe('amber');
    expect(lightOf(88, 'up', targets, '2025-03-01')?.light).toBe('amber');
    expect(lightOf(84, 'up', targets, '2026-03-01')?.light).toBe('red');
  });
});

describe('units and numbers', () => {
  it('reads Belgian and plain numbers', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
    for (const bad of ['12 %', '€ 5', 'abc', '', '1,2,3', '12.5.6']) expect(parseNumber(bad)).toBeNull();
  });
  it('checks the unit', () => {
    const pct = boundsOf('percent', null, null);
    expect(checkValue('12,5', 'percent', pct)).toEqual({ value: 12.5 });
    expect(checkValue('112', 'percent', pct)).toHaveProperty('problem');
    expect(checkValue('112', 'percent', boundsOf('percent', null, 150))).toEqual({ value: 112 });
    expect(checkValue('-1', 'count', boundsOf('count', null, null))).toHaveProperty('problem');
    expect(checkValue('2,5', 'count', boundsOf('count', null, null))).toHaveProperty('problem');
    expect(checkValue('12 %', 'count', boundsOf('count', null, null))).toHaveProperty('problem');
    expect(checkValue(-40, 'score', boundsOf('score', -100, 100))).toEqual({ value: -40 });
    expect(checkValue(-1250.5, 'euro', boundsOf('euro', null, null))).toEqual({ value: -1250.5 });
  });
});
