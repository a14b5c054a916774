/**
 * Two years of ledger and a cost model for the demo VZA: day support, housing and individual
 * support, served by administration, kitchen, transport and facility. Staff is about 80% of costs.
 */
import { upsertAccount } from '../modules/finance/accounts.ts';
import { saveModel } from '../modules/finance/costing.ts';
import { importLedger } from '../modules/finance/ledger.ts';
import { saveScenario } from '../modules/finance/queries.ts';
import type { CostModelDoc } from '../modules/finance/schema.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';
import { thisYear } from '../lib/calendar.ts';

/** Yearly staff wages (account 620) per centre in euros, and the other costs and income. */
const WAGES: Record<string, number> = {
  DAG: 697_000,
  WON: 978_000,
  IND: 264_000,
  ADM: 221_000,
  KEU: 102_000,
  VER: 76_000,
  FAC: 64_000,
};
const OTHER: [account: string, centre: string, euros: number, text: string][] = [
  ['6040', 'KEU', 154_000, 'Voedingswaren'],
  ['6100', 'FAC', 134_000, 'Huur gebouw De Linde'],
  ['6110', 'FAC', 61_000, 'Onderhoud en herstellingen'],
  ['6120', 'FAC', 83_000, 'Energie en water'],
  ['6130', 'ADM', 66_000, 'Sociaal secretariaat en boekhouding'],
  ['6150', 'VER', 53_000, 'Brandstof en onderhoud busjes'],
  ['6160', '', 35_000, 'Verzekeringen'],
  ['6190', 'DAG', 45_000, 'Activiteiten en materiaal dagcentrum'],
  ['6300', 'FAC', 98_000, 'Afschrijving gebouwen en inrichting'],
  ['6301', 'VER', 38_000, 'Afschrijving rolstoelbusjes'],
  ['6500', 'ADM', 14_000, 'Interesten lening'],
];
const INCOME: [account: string, centre: string, euros: number, text: string][] = [
  ['7050', 'DAG', 1_180_000, 'PVF voucher dagondersteuning'],
  ['7050', 'WON', 1_420_000, 'PVF voucher woonondersteuning'],
  ['7050', 'IND', 330_000, 'PVF voucher individuele ondersteuning'],
  ['7051', 'IND', 45_000, 'PVF cash: facturatie budgethouders'],
  ['7060', 'WON', 520_000, 'Woon- en leefkosten bewoners'],
  ['7330', '', 260_000, 'Subsidie VAPH (organisatiegebonden)'],
  ['7310', '', 18_000, 'Giften'],
  ['7000', 'KEU', 36_000, 'Maaltijden aan derden'],
];

function model(year: number): CostModelDoc {
  return {
    year,
    centres: [
      { code: 'DAG', name: 'Dagondersteuning', kind: 'main', unit: 'day', volume: 6_600, pricePerUnitCents: null },
      { code: 'WON', name: 'Woonondersteuning', kind: 'main', unit: 'night', volume: 8_400, pricePerUnitCents: null },
      {
        code: 'IND',
        name: 'Individuele ondersteuning',
        kind: 'main',
        unit: 'hour',
        volume: 4_800,
        pricePerUnitCents: null,
      },
      {
        code: 'ADM',
        name: 'Administratie en directie',
        kind: 'auxiliary',
        unit: null,
        volume: null,
        pricePerUnitCents: null,
      },
      { code: 'KEU', name: 'Keuken', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'VER', name: 'Vervoer', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
      { code: 'FAC', name: 'Facilitair', kind: 'auxiliary', unit: null, volume: null, pricePerUnitCents: null },
    ],
    keys: [
      {
        code: 'VTE',
        name: 'Voltijdse equivalenten',
        driver: 'fte',
        quantities: { DAG: 14.5, WON: 21, IND: 5.5, KEU: 2.5, VER: 2 },
      },
      {
        code: 'M2',
        name: 'Oppervlakte',
        driver: 'm2',
        quantities: { DAG: 620, WON: 1_480, IND: 60, ADM: 140, KEU: 110 },
      },
      { code: 'MAAL', name: 'Maaltijden', driver: 'meals', quantities: { DAG: 6_600, WON: 16_800 } },
      { code: 'RIT', name: 'Ritten', driver: 'custom', quantities: { DAG: 5_900, WON: 700, IND: 900 } },
    ],
    rules: [
      { from: 'FAC', key: 'M2' },
      { from: 'ADM', key: 'VTE' },
      { from: 'KEU', key: 'MAAL' },
      { from: 'VER', key: 'RIT' },
    ],
    stepOrder: ['FAC', 'ADM', 'KEU', 'VER'],
    assignments: [
      { account: '616', centre: 'ADM' },
      { account: '7330', centre: 'ADM' },
    ],
  };
}

const eur = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** One year of monthly bookings as the accountant's CSV export (`;`, decimal comma, dd/mm/yyyy). */
function ledgerCsv(year: number, growth: number, rnd: Random): string {
  const rows = ['rekening;omschrijving;debet;credit;kostenplaats;datum;dagboek'];
  for (let month = 1; month <= 12; month++) {
    const day = `28/${String(month).padStart(2, '0')}/${year}`;
    const vary = () => 1 + (rnd.next() - 0.5) * 0.06;
    const holidayPay = month === 5 ? 1.9 : month === 12 ? 1.85 : 1;
    for (const [centre, euros] of Object.entries(WAGES)) {
      const wage = Math.round(((euros * growth * holidayPay * 100) / 13.75) * vary());
      rows.push(`6200;Bezoldigingen ${centre};${eur(wage)};;${centre};${day};LON`);
      rows.push(`6210;RSZ werkgever ${centre};${eur(Math.round(wage * 0.27))};;${centre};${day};LON`);
      rows.push(`6230;Andere personeelskosten ${centre};${eur(Math.round(wage * 0.035))};;${centre};${day};LON`);
    }
    for (const [account, centre, euros, text] of OTHER)
      rows.push(`${account};${text};${eur(Math.round(((euros * growth * 100) / 12) * vary()))};;${centre};${day};AAN`);
    for (const [account, centre, euros, text] of INCOME)
      rows.push(`${account};${text};;${eur(Math.round(((euros * growth * 100) / 12) * vary()))};${centre};${day};VER`);
  }
  return rows.join('\r\n');
}

/** Adds the demo's ledger (two years), cost model and one scale scenario. */
export async function createDemoFinance(db: Db, orgId: string, userId: string, rnd: Random, now: Date): Promise<void> {
  await upsertAccount(db, orgId, '7050', { name: 'Persoonsvolgende financiering: voucher', incomeType: 'pvf_voucher' });
  await upsertAccount(db, orgId, '7051', { name: 'Persoonsvolgende financiering: cash', incomeType: 'pvf_cash' });
  await upsertAccount(db, orgId, '7060', { name: 'Woon- en leefkosten', incomeType: 'woon_leefkosten' });
  const last = thisYear(now) - 1;
  for (const [i, year] of [last - 1, last].entries()) {
    const bytes = new TextEncoder().encode(ledgerCsv(year, 1 + i * 0.032, rnd));
    await importLedger(db, orgId, userId, {
      year,
      fileName: `grootboek-${year}.csv`,
      bytes,
      mapping: {},
      accountMapping: {},
      newAccounts: [],
      replace: false,
    });
    await saveModel(db, orgId, userId, model(year));
  }
  await saveScenario(db, orgId, {
    year: last,
    name: 'Keuken: koks per 60 maaltijden per dag',
    volumeFrom: 5_000,
    volumeTo: 60_000,
    lines: [
      {
        name: 'Koks (1 per 60 maaltijden per dag)',
        behaviour: 'step',
        amountCents: 5_400_000,
        capacityPerStep: 60 * 365,
      },
      { name: 'Voedingswaren', behaviour: 'variable', amountCents: 410 },
      { name: 'Keukeninfrastructuur en onderhoud', behaviour: 'fixed', amountCents: 2_800_000 },
    ],
  });
}
