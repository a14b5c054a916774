import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementLine } from './agreements.ts';
import { consumption, consumptionByClient, type Registration } from './consumption.ts';
import { addDays } from './dates.ts';
import { agreementLine } from './testing.ts';

/** 2 days a week of dagondersteuning at 0.21 points: 21.9 points in 2025. */
const line = agreementLine('dag', { count: 2, per: 'week' }, 2_100, '2024-01-01');

/** A registration of `pointsE4` on every `step`-th day from `from` up to and including `to`. */
function every(step: number, from: string, to: string, pointsE4: number, clientId = 'c1', fn = 'dag'): Registration[] {
  const out: Registration[] = [];
  for (let d = from; d <= to; d = addDays(d, step)) out.push({ clientId, function: fn, date: d, units: 1, pointsE4 });
  return out;
}

describe('consumption', () => {
  it('projects an on-plan pace to about the agreed points with no warning', () => {
    // Two days (0.42 points) registered once a week from 7 January: 25 weeks by 30 June.
    const regs = every(7, '2025-01-07', '2025-06-30', 4_200);
    const [row] = consumption([line], regs, { year: 2025, asOf: '2025-06-30' });
    expect(row).toMatchObject({ clientId: 'c1', function: 'dag', agreedE4: 219_000, deliveredE4: 25 * 4_200 });
    expect(row!.remainingE4).toBe(219_000 - 25 * 4_200);
    // 8 registrations in the 56-day window (5 May - 30 June) → 33,600 / 56 = 0.06 a day × 184 days left.
    expect(row!.pacePerDayE4).toBeCloseTo(600, 9);
    expect(row!.projectedE4).toBe(25 * 4_200 + 600 * 184);
    expect(row!.warnings).toEqual([]);
    expect(row!.runOutDate).toBeNull();
    expect(row!.roomToHelpE4).toBe(3_600);
  });
  it('warns that the budget runs out, with the date, when the recent pace is too high', () => {
    const regs = [...every(7, '2025-01-01', '2025-04-30', 4_200), ...every(1, '2025-05-01', '2025-06-30', 2_100)];
    const [row] = consumption([line], regs, { year: 2025, asOf: '2025-06-30' });
    const runs = row!.warnings.find((w) => w.code === 'runs_out');
    expect(runs).toBeDefined();
    // delivered 18 × 0.42 + 61 × 0.21 = 20.37; 1.53 left at 0.21 a day → 8 days → 8 July.
    expect(row!.deliveredE4).toBe(203_700);
    expect(row!.runOutDate).toBe('2025-07-08');
    expect(runs!.nl).toContain('op 2025-07-08 op');
    expect(row!.roomToHelpE4).toBe(0);
  });
  it('says the budget is already used up on asOf when delivered passed agreed', () => {
    const [row] = consumption([line], every(1, '2025-01-01', '2025-03-31', 3_000), { year: 2025, asOf: '2025-03-31' });
    expect(row!.remainingE4).toBeLessThan(0);
    expect(row!.runOutDate).toBe('2025-03-31');
  });
  it('warns for under-use only after 8 weeks of the period', () => {
    const regs = every(14, '2025-01-01', '2025-12-31', 2_100);
    const early = consumption([line], regs, { year: 2025, asOf: '2025-02-24' })[0]!;
    expect(early.warnings).toEqual([]);
    const later = consumption([line], regs, { year: 2025, asOf: '2025-02-25' })[0]!;
    expect(later.warnings.map((w) => w.code)).toEqual(['under_use']);
    expect(later.warnings[0]).toMatchObject({ percent: 25 }); // 0.8400 + 0.015 × 309 days = 5.4750 of 21.9;
    const started = { ...line, start: '2025-09-01' };
    expect(consumption([started], [], { year: 2025, asOf: '2025-10-20' })[0]!.warnings).toEqual([]);
    expect(consumption([started], [], { year: 2025, asOf: '2025-10-26' })[0]!.warnings.map((w) => w.code)).toEqual([
      'under_use',
    ]);
  });
  it('projects only until the agreement ends and reports registrations without agreement', () => {
    const ending = { ...line, end: '2025-06-30' };
    const regs = [
      ...every(7, '2025-01-01', '2025-03-31', 4_200),
      ...every(7, '2025-01-01', '2025-01-29', 1_000, 'c2', 'wonen'),
    ];
    const rows = consumption([ending], regs, { year: 2025, asOf: '2025-03-31' });
    expect(rows.map((r) => r.clientId)).toEqual(['c1', 'c2']);
    expect(rows[0]!.projectedE4).toBe(rows[0]!.deliveredE4 + Math.round((33_600 / 56) * 91));
    expect(rows[1]).toMatchObject({ agreedE4: 0, deliveredE4: 5_000, runOutDate: '2025-03-31' });
    // Agreed 2 × 181/7 × 0.21 = 10.86; 5.46 delivered, 0.06 a day → used up 90 days after 31 March.
    expect(rows[0]).toMatchObject({ agreedE4: 108_600, runOutDate: '2025-06-29' });
    expect(consumptionByClient(rows).map((c) => [c.clientId, c.deliveredE4, c.warnings])).toEqual([
      ['c1', 13 * 4_200, 1],
      ['c2', 5_000, 1],
    ]);
  });
  it('keeps delivered + remaining = agreed, projected ≥ delivered and room ≥ 0 for any input', () => {
    const regArb = fc.record({
      client: fc.constantFrom('a', 'b', 'c'),
      fn: fc.constantFrom('dag', 'wonen'),
      day: fc.integer({ min: -30, max: 400 }),
      pointsE4: fc.integer({ min: 0, max: 20_000 }),
    });
    const lineArb = fc.record({
      client: fc.constantFrom('a', 'b', 'c'),
      fn: fc.constantFrom('dag', 'wonen'),
      count: fc.integer({ min: 1, max: 5 }),
      per: fc.constantFrom('week', 'month', 'year'),
      priceE4: fc.integer({ min: 0, max: 30_000 }),
      startDay: fc.integer({ min: -100, max: 300 }),
      length: fc.option(fc.integer({ min: 0, max: 400 })),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 6 }),
        fc.array(regArb, { maxLength: 60 }),
        fc.integer({ min: -10, max: 380 }),
        (ls, rs, asOfDay) => {
          const lines = ls.map(
            (l): AgreementLine => ({
              clientId: l.client,
              function: l.fn,
              frequency: { count: l.count, per: l.per as 'week' },
              priceE4: l.priceE4,
              start: addDays('2025-01-01', l.startDay),
              end: l.length === null ? null : addDays('2025-01-01', l.startDay + l.length),
            }),
          );
          const regs = rs.map(
            (r): Registration => ({
              clientId: r.client,
              function: r.fn,
              date: addDays('2025-01-01', r.day),
              units: 1,
              pointsE4: r.pointsE4,
            }),
          );
          for (const row of consumption(lines, regs, { year: 2025, asOf: addDays('2025-01-01', asOfDay) })) {
            expect(row.deliveredE4 + row.remainingE4).toBe(row.agreedE4);
            expect(row.projectedE4).toBeGreaterThanOrEqual(row.deliveredE4);
            expect(row.roomToHelpE4).toBeGreaterThanOrEqual(0);
            expect(row.roomToHelpE4).toBeLessThanOrEqual(Math.max(0, row.remainingE4));
            expect(row.warnings.some((w) => w.code === 'runs_out')).toBe(row.projectedE4 > row.agreedE4);
            if (row.runOutDate) expect(row.runOutDate >= '2025-01-01' && row.runOutDate <= '2025-12-31').toBe(true);
          }
        },
      ),
    );
  });
});
