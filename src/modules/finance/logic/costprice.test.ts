import { describe, expect, it } from 'vitest';
import type { CostModel } from './allocation.ts';
import { costPrices, directCostsFromLedger, incomeMix, revenueFromLedger } from './costprice.ts';
import { reciprocal } from './reciprocal.ts';

const model: CostModel = {
  centres: [
    { code: 'ADM', name: 'Administratie', kind: 'auxiliary' },
    { code: 'DAG', name: 'Dagondersteuning', kind: 'main', unit: 'day', volume: 3000 },
    { code: 'WON', name: 'Wonen', kind: 'main', unit: 'night', volume: 0 },
  ],
  keys: [{ code: 'fte', name: 'VTE', driver: 'fte', quantities: { DAG: 3, WON: 1 } }],
  rules: [{ from: 'ADM', key: 'fte' }],
  direct: { ADM: 400_000, DAG: 9_000_000, WON: 5_000_000 },
};

describe('costPrices', () => {
  const allocation = reciprocal(model);
  if (!allocation.ok) throw new Error('model should be valid');
  const report = costPrices(allocation.result, model.centres, [
    { centre: 'DAG', incomeType: 'pvf_voucher', amountCents: 6_000_000 },
    { centre: 'DAG', incomeType: 'woon_leefkosten', amountCents: 2_000_000 },
    { centre: 'DAG', incomeType: 'sales', amountCents: 1_000_000 },
    { centre: 'WON', incomeType: 'subsidy', amountCents: 4_000_000 },
    { incomeType: 'gifts_legacies', amountCents: 500_000 },
    { centre: 'ADM', incomeType: 'other', amountCents: 100_000 },
  ]);

  it('gives direct, indirect, total and cost per unit for every main centre', () => {
    const dag = report.services.find((s) => s.code === 'DAG')!;
    expect(dag).toMatchObject({
      name: 'Dagondersteuning',
      unit: 'day',
      volume: 3000,
      directCents: 9_000_000,
      indirectCents: 300_000,
      totalCents: 9_300_000,
      costPerUnitCents: 3_100,
    });
    expect(dag.incomeCents).toBe(9_000_000);
    expect(dag.incomePerUnitCents).toBe(3_000);
    expect(dag.coverage).toBeCloseTo(9_000_000 / 9_300_000, 12);
    expect(dag.incomeMix.governmentShare).toBeCloseTo(6 / 9, 12);
    expect(dag.incomeMix.byType.woon_leefkosten).toEqual({ cents: 2_000_000, share: 2 / 9 });
    const won = report.services.find((s) => s.code === 'WON')!;
    expect(won).toMatchObject({
      totalCents: 5_100_000,
      costPerUnitCents: null,
      incomePerUnitCents: null,
      coverage: 4_000_000 / 5_100_000,
    });
    expect(report.services.map((s) => s.code)).toEqual(['DAG', 'WON']);
  });

  it('counts unassigned income (also on auxiliary centres) only for the organisation', () => {
    expect(report.organisation).toMatchObject({
      totalCostCents: 14_400_000,
      incomeCents: 13_600_000,
      unassignedIncomeCents: 600_000,
    });
    expect(report.organisation.coverage).toBeCloseTo(13_600_000 / 14_400_000, 12);
    expect(report.organisation.incomeMix.governmentShare).toBeCloseTo(10 / 13.6, 12);
  });

  it('rounds the cost per unit to the cent and gives no shares without income', () => {
    const r = costPrices(
      {
        ...allocation.result,
        centres: [
          { code: 'DAG', kind: 'main', directCents: 1000, receivedCents: 0, allocatedOutCents: 0, totalCents: 1000 },
        ],
      },
      [{ code: 'DAG', name: 'D', kind: 'main', volume: 3 }],
      [],
    );
    expect(r.services[0]?.costPerUnitCents).toBe(333);
    expect(r.services[0]?.coverage).toBe(0);
    expect(r.services[0]?.incomeMix.governmentShare).toBeNull();
    expect(incomeMix([]).byType.subsidy).toEqual({ cents: 0, share: null });
  });
});

describe('from ledger lines', () => {
  const lines = [
    { account: '700000', amountCents: -10_000, costCentre: 'DAG' },
    { account: '733000', amountCents: -5_000 },
    { account: '740000', amountCents: 1_000, costCentre: 'WON' },
    { account: '604000', amountCents: 2_000, costCentre: 'KEU' },
    { account: '620000', amountCents: 3_000 },
    { account: '440000', amountCents: -7_000 },
  ];

  it('turns class-7 credits into positive income with the mapped or default income type', () => {
    expect(revenueFromLedger(lines, (a) => (a === '700000' ? 'pvf_cash' : undefined))).toEqual([
      { incomeType: 'pvf_cash', amountCents: 10_000, centre: 'DAG' },
      { incomeType: 'subsidy', amountCents: 5_000 },
      { incomeType: 'subsidy', amountCents: -1_000, centre: 'WON' },
    ]);
  });

  it('sums class-6 debits per centre and reports what it cannot assign', () => {
    expect(directCostsFromLedger(lines)).toEqual({ direct: { KEU: 2_000 }, unassignedCents: 3_000 });
    expect(directCostsFromLedger(lines, (l) => (l.account.startsWith('62') ? 'ADM' : l.costCentre))).toEqual({
      direct: { KEU: 2_000, ADM: 3_000 },
      unassignedCents: 0,
    });
  });
});
