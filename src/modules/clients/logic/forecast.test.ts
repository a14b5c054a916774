import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementLine } from './agreements.ts';
import { ClientsLogicError } from './errors.ts';
import {
  agreementMonthlyIncome,
  estimateLeaveProbability,
  forecastIncome,
  type ForecastClient,
  type ForecastInput,
} from './forecast.ts';
import { mulberry32, poisson } from './random.ts';
import { RULE_SEED } from './rules.ts';
import { buildStatement, type FundingType, type StatementRegistration } from './statements.ts';
import { valueRegistration } from './valuation.ts';
import { agreementLine } from './testing.ts';

const clients: ForecastClient[] = Array.from({ length: 60 }, (_, i) => ({
  clientId: `c${i}`,
  monthlyIncomeCents: Array.from({ length: 12 }, (_, m) => 150_000 + 1_000 * i + 10 * m),
}));
const base: ForecastInput = {
  startMonth: '2026-01',
  clients,
  leaveProbability: 0.02,
  costPerFteMonthCents: 500_000,
  runs: 2_000,
  seed: 42,
};
const agreementTotal = (m: number) => clients.reduce((a, c) => a + c.monthlyIncomeCents[m]!, 0);

describe('forecastIncome', () => {
  it('is reproducible for a seed and differs for another seed', () => {
    const withInflow = { ...base, inflow: { waiting: 10, ratePerMonth: 0.5, averageMonthlyIncomeCents: 180_000 } };
    expect(forecastIncome(withInflow)).toEqual(forecastIncome(withInflow));
    expect(forecastIncome({ ...withInflow, seed: 43 })).not.toEqual(forecastIncome(withInflow));
  });
  it('gives P10 = P50 = P90 = the agreement income without leaving or inflow', () => {
    const f = forecastIncome({ ...base, leaveProbability: 0 });
    expect(f).toHaveLength(12);
    f.forEach((month, m) => {
      expect(month.agreementCents).toBe(agreementTotal(m));
      expect([month.incomeP10, month.incomeP50, month.incomeP90]).toEqual([
        agreementTotal(m),
        agreementTotal(m),
        agreementTotal(m),
      ]);
      expect(month.fteP50).toBe(Math.round((agreementTotal(m) / 500_000) * 100) / 100);
    });
    expect(f[0]?.month).toBe('2026-01');
    expect(f[11]?.month).toBe('2026-12');
  });
  it('keeps the first month whole, orders the quantiles, and lowers P50 when more clients leave', () => {
    const low = forecastIncome(base);
    const high = forecastIncome({ ...base, leaveProbability: 0.1 });
    expect(low[0]?.incomeP10).toBe(agreementTotal(0));
    for (const f of [low, high])
      for (const m of f) expect(m.incomeP10 <= m.incomeP50 && m.incomeP50 <= m.incomeP90).toBe(true);
    expect(high[11]!.incomeP50).toBeLessThan(low[11]!.incomeP50);
    // Expected share still present in month 12 at 10% a month: 0.9^11 ≈ 31%.
    expect(high[11]!.incomeP50 / agreementTotal(11)).toBeGreaterThan(0.22);
    expect(high[11]!.incomeP50 / agreementTotal(11)).toBeLessThan(0.42);
    expect(forecastIncome({ ...base, leaveProbability: 1 })[1]?.incomeP90).toBe(0);
  });
  it('raises income with inflow from the waiting list, never beyond the people waiting', () => {
    const none = forecastIncome({ ...base, leaveProbability: 0 });
    const inflow = forecastIncome({
      ...base,
      leaveProbability: 0,
      inflow: { waiting: 3, ratePerMonth: 5, averageMonthlyIncomeCents: 100_000 },
    });
    expect(inflow[11]!.incomeP10).toBe(none[11]!.incomeP10 + 300_000);
    expect(inflow[0]!.incomeP90).toBeLessThanOrEqual(none[0]!.incomeP90 + 300_000);
  });
  it('uses a client’s own leave probability when given', () => {
    const own = clients.map((c) => ({ ...c, leaveProbability: 0 }));
    const f = forecastIncome({ ...base, clients: own, leaveProbability: 0.5 });
    expect(f[11]!.incomeP10).toBe(agreementTotal(11));
  });
  it('refuses impossible inputs', () => {
    expect(() => forecastIncome({ ...base, leaveProbability: 1.5 })).toThrow(ClientsLogicError);
    expect(() => forecastIncome({ ...base, runs: 0 })).toThrow(/runs/);
    expect(() => forecastIncome({ ...base, costPerFteMonthCents: 0 })).toThrow(/FTE/);
    expect(() => forecastIncome({ ...base, months: 13 })).toThrow(/income for 13 months/);
  });
});

describe('agreementMonthlyIncome', () => {
  it('turns agreement lines into income per month, with organisation points for voucher clients', () => {
    const line = agreementLine('wonen', { count: 10, per: 'month' }, 1_000, '2026-02-16');
    const [c] = agreementMonthlyIncome([line], '2026-01', 3, RULE_SEED, () => 'voucher');
    // January 0; February 13/28 × 10 × 0.1 = 0.4643 (+25.35% = 0.1177) → 0.5820 × 980; March 1 point + 0.2535.
    expect(c?.monthlyIncomeCents).toEqual([0, 57_036, 122_843]);
    expect(agreementMonthlyIncome([line], '2026-03', 1, RULE_SEED)[0]?.monthlyIncomeCents).toEqual([98_000]);
  });
});

describe('forecast month 1 = the draft statement of the agreed units', () => {
  it('holds for any agreements, prices and funding types when the agreed units are registered as single days', () => {
    const lineArb = fc.record({
      client: fc.constantFrom('a', 'b', 'c'),
      fn: fc.constantFrom('dag', 'wonen', 'ipb'),
      count: fc.integer({ min: 1, max: 12 }),
      price: fc.integer({ min: 0, max: 5_000 }),
      offer: fc.integer({ min: 0, max: 5_000 }),
    });
    const fundingArb = fc.record({
      a: fc.constantFrom<FundingType>('voucher', 'cash', 'other'),
      b: fc.constantFrom<FundingType>('voucher', 'cash', 'other'),
      c: fc.constantFrom<FundingType>('voucher', 'rth', 'other'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(lineArb, { maxLength: 9, selector: (l) => `${l.client}|${l.fn}` }),
        fundingArb,
        fc.constantFrom('2024-02', '2025-03', '2026-11'),
        (ls, funding, month) => {
          const lines: AgreementLine[] = ls.map((l) => ({
            clientId: l.client,
            function: l.fn,
            frequency: { count: l.count, per: 'month' },
            priceE4: l.price,
            start: '2020-01-01',
          }));
          const fundingOf = (clientId: string) => funding[clientId as 'a'];
          // Planned = agreed: `count` days in the month, each valued by the one valuation at the agreed price.
          const registrations: StatementRegistration[] = ls.flatMap((l) =>
            Array.from({ length: l.count }, (_, d) => {
              const date = `${month}-${String(d + 1).padStart(2, '0')}`;
              const v = valueRegistration(
                1,
                date,
                {
                  name: l.fn,
                  kind: 'pvf',
                  offer: [{ validFrom: '2020-01-01', priceE4: l.offer }],
                  agreements: [{ validFrom: '2020-01-01', priceE4: l.price }],
                },
                RULE_SEED,
              );
              return {
                clientId: l.client,
                function: l.fn,
                date,
                units: 1,
                pointsE4: v.pointsE4,
                funding: fundingOf(l.client),
                priceE4: v.priceE4,
                priceSource: v.source,
              };
            }),
          );
          const statement = buildStatement({ month, registrations }, RULE_SEED);
          const forecast = agreementMonthlyIncome(lines, month, 1, RULE_SEED, fundingOf);
          expect(forecast.reduce((a, c) => a + c.monthlyIncomeCents[0]!, 0)).toBe(statement.totalCents);
          for (const c of forecast) {
            expect(c.monthlyIncomeCents[0]).toBe(
              statement.careLines.filter((l) => l.clientId === c.clientId).reduce((a, l) => a + l.totalCents, 0),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('estimateLeaveProbability', () => {
  it('divides leavers by client-months over the last 24 months', () => {
    const stays = [
      { start: '2020-01-01' }, // 24 months
      { start: '2020-01-01', end: '2024-06-15' }, // Jan 2024 - Jun 2024: 6 months, a leaver
      { start: '2025-07-01', end: '2025-12-31' }, // 6 months, a leaver
      { start: '2020-01-01', end: '2023-12-31' }, // before the window
    ];
    expect(estimateLeaveProbability(stays, '2026-01-10')).toEqual({
      leavers: 2,
      clientMonths: 36,
      probability: 2 / 36,
    });
    expect(estimateLeaveProbability([], '2026-01-10').probability).toBe(0);
  });
});

describe('random', () => {
  it('is deterministic and gives Poisson counts with about the right mean', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const r = mulberry32(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += poisson(r, 2);
    expect(sum / 20_000).toBeGreaterThan(1.95);
    expect(sum / 20_000).toBeLessThan(2.05);
    expect(poisson(r, 0)).toBe(0);
  });
});
