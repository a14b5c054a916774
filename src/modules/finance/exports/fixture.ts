/**
 * Test fixture for the exports: a VZA (vergunde zorgaanbieder) with three services (day support,
 * housing, individual support) and four auxiliary centres, with plausible direct costs and income.
 * The report is computed with the real allocation and cost-price logic, as `costPriceReport` does.
 */
import { type CostPriceView, type Method, toCostModel } from '../costing.ts';
import { costPrices, MAR_CHART, reciprocal, stepDown, suggestOrder, type RevenueLine } from '../logic/index.ts';
import type { CostModelDoc } from '../schema.ts';

/** The cost model of the sample VZA for 2026. */
export function sampleModel(): CostModelDoc {
  return {
    year: 2026,
    centres: [
      { code: 'DAG', name: 'Dagondersteuning', kind: 'main', unit: 'day', volume: 5200, pricePerUnitCents: 27500 },
      { code: 'WON', name: 'Woonondersteuning', kind: 'main', unit: 'night', volume: 6300, pricePerUnitCents: 36000 },
      {
        code: 'IB',
        name: 'Individuele begeleiding',
        kind: 'main',
        unit: 'hour',
        volume: 4850.5,
        pricePerUnitCents: 7500,
      },
      { code: 'ADM', name: 'Administratie', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'KEU', name: 'Keuken', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'VER', name: 'Vervoer', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'FAC', name: 'Facilitair', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
    ],
    keys: [
      {
        code: 'VTE',
        name: 'Personeel in VTE',
        driver: 'fte',
        quantities: { DAG: 12.5, WON: 16.8, IB: 3.2, KEU: 2, VER: 1.5, FAC: 1.8 },
      },
      {
        code: 'M2',
        name: 'Oppervlakte',
        driver: 'm2',
        quantities: { DAG: 620, WON: 1450, IB: 60, ADM: 140, KEU: 110, VER: 30 },
      },
      { code: 'MAAL', name: 'Maaltijden', driver: 'meals', quantities: { DAG: 5200, WON: 12600 } },
      { code: 'RIT', name: 'Ritten', driver: 'custom', quantities: { DAG: 8200, WON: 900, IB: 300 } },
    ],
    rules: [
      { from: 'FAC', key: 'M2' },
      { from: 'ADM', key: 'VTE' },
      { from: 'KEU', key: 'MAAL' },
      { from: 'VER', key: 'RIT' },
    ],
    stepOrder: ['ADM', 'FAC', 'KEU', 'VER'],
    assignments: [
      { account: '604', centre: 'KEU' },
      { account: '610', centre: 'FAC' },
      { account: '611', centre: 'FAC' },
      { account: '612', centre: 'FAC' },
      { account: '613', centre: 'ADM' },
      { account: '615', centre: 'VER' },
      { account: '6200', centre: 'DAG' },
    ],
  };
}

/** Direct costs per centre in cents (staff about 80% of the total). */
export const SAMPLE_DIRECT: Record<string, number> = {
  DAG: 115_034_217,
  WON: 168_012_950,
  IB: 31_050_400,
  ADM: 42_018_733,
  KEU: 26_004_120,
  VER: 18_507_315,
  FAC: 24_011_880,
};

/** Income per service and income type in cents; lines without a centre belong to the organisation. */
export const SAMPLE_REVENUE: RevenueLine[] = [
  { centre: 'DAG', incomeType: 'pvf_voucher', amountCents: 132_045_000 },
  { centre: 'DAG', incomeType: 'pvf_cash', amountCents: 9_512_300 },
  { centre: 'DAG', incomeType: 'sales', amountCents: 1_820_050 },
  { centre: 'WON', incomeType: 'pvf_voucher', amountCents: 185_010_000 },
  { centre: 'WON', incomeType: 'woon_leefkosten', amountCents: 41_033_500 },
  { centre: 'WON', incomeType: 'pvf_cash', amountCents: 6_004_000 },
  { centre: 'IB', incomeType: 'pvf_voucher', amountCents: 29_020_000 },
  { centre: 'IB', incomeType: 'pvf_cash', amountCents: 4_510_000 },
  { centre: 'IB', incomeType: 'subsidy', amountCents: 12_000_000 },
  { incomeType: 'gifts_legacies', amountCents: 3_500_000 },
  { incomeType: 'membership_fees', amountCents: 240_000 },
  { incomeType: 'other', amountCents: 1_203_475 },
];

/** The sample's cost-price report, shaped as `costPriceReport` returns it. */
export function sampleView(method: Method = 'reciprocal', opts: { unassignedCostCents?: number } = {}): CostPriceView {
  const doc = sampleModel();
  const model = toCostModel(doc, SAMPLE_DIRECT);
  const outcome = method === 'reciprocal' ? reciprocal(model) : stepDown(model, doc.stepOrder);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.en).join(' '));
  const report = costPrices(outcome.result, model.centres, SAMPLE_REVENUE);
  const names = new Map(doc.centres.map((c) => [c.code, c.name]));
  const price = new Map(doc.centres.map((c) => [c.code, c.pricePerUnitCents]));
  const unassigned = opts.unassignedCostCents ?? 123_456;
  return {
    year: doc.year,
    method,
    stepOrder: method === 'stepdown' ? doc.stepOrder : [],
    suggestedOrder: suggestOrder(model, doc.stepOrder).order,
    mutualCentres: suggestOrder(model).mutual,
    ignoredBackflows: outcome.result.ignoredBackflows,
    totalCostCents: outcome.result.totalCostCents,
    mainTotalCents: outcome.result.mainTotalCents,
    unassignedCostCents: unassigned,
    centres: outcome.result.centres.map((c) => ({ ...c, name: names.get(c.code) ?? c.code })),
    flows: outcome.result.flows.filter((f) => f.amountCents !== 0),
    services: report.services.map((s) => ({ ...s, pricePerUnitCents: price.get(s.code) ?? null })),
    organisation: report.organisation,
    warnings:
      unassigned === 0
        ? []
        : [
            {
              nl: '€ 1.234,56 aan kosten is aan geen kostenplaats toegewezen en telt niet mee.',
              en: '€ 1234.56 of costs is assigned to no cost centre and is left out.',
            },
          ],
  };
}

/** Cost accounts of the MAR (classes 60-64), as the template lists them. */
export function sampleAccounts(): { code: string; name: string }[] {
  return MAR_CHART.filter((a) => /^6[0-4]/.test(a.code)).map((a) => ({ code: a.code, name: a.nl }));
}
