/**
 * Deterministic finance data for bench/finance.ts: a large ledger CSV as a Flemish accountant
 * exports it, and a cost model of 60 cost centres and 10 allocation keys that fits it.
 *
 *   - CSV: `rekening;omschrijving;debet;credit;kostenplaats;datum;dagboek`, CRLF, UTF-8, Dutch
 *     amounts (`12.345,67`), dates dd/mm/yyyy within the calendar year, a few quoted descriptions
 *     (`;` and `"` inside), ~1% credit notes on cost accounts, ~5% lines without a cost centre
 *     (the model's account assignments pick those up).
 *   - Accounts: classes 6 and 7, each known to the MAR chart by itself or a parent of ≥ 2 digits.
 *   - Centres: 40 main `H01..H40` (unit and volume each), 20 auxiliary `A01..A20`; every auxiliary
 *     centre has one rule, each key is used by two auxiliary centres and has quantities on most
 *     main centres; an auxiliary centre only serves auxiliary centres later in `A01..A20`, so the
 *     step-down order A01..A20 has no back-flows.
 */
import { Random } from '../../src/demo/random.ts';
import { monthName } from '../../src/lib/period-words.ts';
import type { CostModelDoc } from '../../src/modules/finance/schema.ts';

export const LEDGER_HEADER = 'rekening;omschrijving;debet;credit;kostenplaats;datum;dagboek';

export const MAIN_COUNT = 40;
export const AUX_COUNT = 20;
export const KEY_COUNT = 10;

const code = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`;
export const MAIN_CENTRES = Array.from({ length: MAIN_COUNT }, (_, i) => code('H', i + 1));
export const AUX_CENTRES = Array.from({ length: AUX_COUNT }, (_, i) => code('A', i + 1));

const SERVICES = [
  'Dagondersteuning',
  'Woonondersteuning',
  'Individuele ondersteuning',
  'Kortverblijf',
  'Begeleid werk',
  'Mobiele begeleiding',
  'Nachtopvang',
  'Crèche',
];
const PLACES = ['De Linde', 'Het Anker', 'Ter Beke', 'De Vlinder', 'Zonnewende'];
const AUX_NAMES = [
  'Administratie',
  'Directie',
  'Personeelsdienst',
  'ICT',
  'Boekhouding',
  'Keuken',
  'Vervoer',
  'Facilitair',
  'Onderhoud',
  'Schoonmaak',
  'Wasserij',
  'Onthaal',
  'Kwaliteit',
  'Vorming',
  'Sociale dienst',
  'Medische dienst',
  'Logistiek',
  'Communicatie',
  'Preventie',
  'Vrijwilligerswerking',
];
const UNITS = ['day', 'night', 'hour', 'session', 'meal', 'client_year'] as const;
const KEYS: { code: string; name: string; driver: CostModelDoc['keys'][number]['driver'] }[] = [
  { code: 'VTE', name: 'Voltijdse equivalenten', driver: 'fte' },
  { code: 'M2', name: 'Oppervlakte', driver: 'm2' },
  { code: 'MAAL', name: 'Maaltijden', driver: 'meals' },
  { code: 'RIT', name: 'Ritten', driver: 'custom' },
  { code: 'UREN', name: 'Begeleidingsuren', driver: 'hours' },
  { code: 'CLI', name: 'Cliënten', driver: 'clients' },
  { code: 'PC', name: 'Werkposten ICT', driver: 'custom' },
  { code: 'WAS', name: 'Kilo was', driver: 'custom' },
  { code: 'OPL', name: 'Opleidingsuren', driver: 'hours' },
  { code: 'BED', name: 'Bedden', driver: 'custom' },
];

/** Account, description stem, journal, relative weight and a typical amount in euros. */
interface AccountKind {
  account: string;
  text: string;
  journal: string;
  weight: number;
  euros: number;
  revenue?: boolean;
  noCentre?: number;
}
const ACCOUNTS: AccountKind[] = [
  // 62: staff, most of the lines (monthly payslips per person, split per centre)
  { account: '6200', text: 'Bezoldiging bedienden', journal: 'LON', weight: 18, euros: 2_900 },
  { account: '6201', text: 'Bezoldiging arbeiders', journal: 'LON', weight: 8, euros: 2_400 },
  { account: '6210', text: 'RSZ werkgeversbijdrage', journal: 'LON', weight: 12, euros: 780 },
  { account: '6220', text: 'Groepsverzekering', journal: 'LON', weight: 3, euros: 160 },
  { account: '6230', text: 'Maaltijdcheques en woon-werkverkeer', journal: 'LON', weight: 5, euros: 140 },
  { account: '6240', text: 'Pensioenen', journal: 'LON', weight: 1, euros: 300 },
  // 60: purchases
  { account: '6010', text: 'Aankoop verbruiksgoederen', journal: 'AAK', weight: 4, euros: 220 },
  { account: '6040', text: 'Voedingswaren', journal: 'AAK', weight: 8, euros: 380 },
  { account: '6020', text: 'Aankoop diensten', journal: 'AAK', weight: 2, euros: 650 },
  // 61: services and other goods
  { account: '6100', text: 'Huur en huurlasten', journal: 'AAK', weight: 2, euros: 2_800 },
  { account: '6110', text: 'Onderhoud en herstellingen', journal: 'AAK', weight: 4, euros: 540 },
  { account: '6120', text: 'Energie, gas en water', journal: 'AAK', weight: 3, euros: 1_100 },
  { account: '6130', text: 'Sociaal secretariaat en erelonen', journal: 'AAK', weight: 2, euros: 900, noCentre: 0.4 },
  { account: '6140', text: 'Publiciteit en drukwerk', journal: 'AAK', weight: 1, euros: 260 },
  { account: '6150', text: 'Brandstof en onderhoud busjes', journal: 'AAK', weight: 4, euros: 120 },
  { account: '6160', text: 'Verzekeringen', journal: 'AAK', weight: 1, euros: 1_400, noCentre: 0.7 },
  { account: '6170', text: 'Interimkrachten', journal: 'AAK', weight: 1, euros: 1_900 },
  { account: '6190', text: 'Activiteiten en materiaal', journal: 'AAK', weight: 4, euros: 95 },
  // 63-65: depreciation, other, financial
  { account: '6300', text: 'Afschrijving gebouwen', journal: 'DIV', weight: 1, euros: 4_200 },
  { account: '6302', text: 'Afschrijving rollend materieel', journal: 'DIV', weight: 1, euros: 900 },
  {
    account: '6400',
    text: 'Onroerende voorheffing en taksen',
    journal: 'DIV',
    weight: 0.5,
    euros: 1_200,
    noCentre: 0.8,
  },
  { account: '6430', text: 'Gegeven giften', journal: 'DIV', weight: 0.2, euros: 150, noCentre: 0.8 },
  { account: '6500', text: 'Interesten lening', journal: 'FIN', weight: 0.5, euros: 700, noCentre: 0.9 },
  { account: '6590', text: 'Bankkosten', journal: 'FIN', weight: 0.8, euros: 25, noCentre: 0.9 },
  // 7: income
  { account: '7000', text: 'Dienstprestaties aan derden', journal: 'VKP', weight: 3, euros: 420, revenue: true },
  { account: '7010', text: 'PVF voucher', journal: 'VKP', weight: 5, euros: 9_500, revenue: true },
  {
    account: '7020',
    text: 'PVF cash: facturatie budgethouders',
    journal: 'VKP',
    weight: 2,
    euros: 1_300,
    revenue: true,
  },
  { account: '7060', text: 'Woon- en leefkosten bewoners', journal: 'VKP', weight: 4, euros: 1_150, revenue: true },
  { account: '7310', text: 'Giften', journal: 'FIN', weight: 0.5, euros: 250, revenue: true, noCentre: 0.8 },
  { account: '7330', text: 'Subsidie VAPH', journal: 'FIN', weight: 1, euros: 24_000, revenue: true, noCentre: 0.9 },
  { account: '7400', text: 'Bedrijfssubsidie VIA-akkoord', journal: 'FIN', weight: 1, euros: 6_500, revenue: true },
  { account: '7430', text: 'Diverse opbrengsten', journal: 'DIV', weight: 0.5, euros: 180, revenue: true },
];
/** The centre for lines without one, by account prefix (longest wins). */
const ASSIGNMENTS: CostModelDoc['assignments'] = [
  { account: '613', centre: 'A05' },
  { account: '616', centre: 'A01' },
  { account: '64', centre: 'A02' },
  { account: '65', centre: 'A05' },
  { account: '7310', centre: 'A02' },
  { account: '7330', centre: 'A01' },
];
const SUPPLIERS = [
  'Colruyt',
  'Makro',
  'Engie',
  'Brico',
  'Vanden Borre',
  'Securex',
  'Ethias',
  'Q8',
  'Bpost',
  'Proximus',
  'Hanssens Schoonmaak',
  'Café De Markt',
  'Bakkerij Geerts',
];
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1, 'nl-BE'));

/** `1234567` cents → `12.345,67`. */
export function dutchAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`;
}

/** CSV cell: quoted (with doubled quotes) only when it holds `;`, `"` or a line break. */
function cell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface GeneratedLedger {
  csv: string;
  lines: number;
  debitCents: number;
  creditCents: number;
}

/** A ledger of `lines` lines for calendar year `year`; the same seed gives the same file. */
export function generateLedgerCsv(lines: number, year: number, seed: number): GeneratedLedger {
  const rnd = new Random(seed);
  const totalWeight = ACCOUNTS.reduce((s, a) => s + a.weight, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const a of ACCOUNTS) {
    acc += a.weight / totalWeight;
    cumulative.push(acc);
  }
  const pickAccount = () => {
    const x = rnd.next();
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i]! < x) i++;
    return ACCOUNTS[i]!;
  };
  // Staff and purchases go to every centre (main centres more), income only to main centres.
  const costCentre = () => (rnd.next() < 0.7 ? rnd.pick(MAIN_CENTRES) : rnd.pick(AUX_CENTRES));
  const out: string[] = [LEDGER_HEADER];
  let debitCents = 0;
  let creditCents = 0;
  for (let n = 0; n < lines; n++) {
    const kind = pickAccount();
    const month = rnd.int(1, 12);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = kind.journal === 'LON' ? days : rnd.int(1, days);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const centre = rnd.next() < (kind.noCentre ?? 0.03) ? '' : kind.revenue ? rnd.pick(MAIN_CENTRES) : costCentre();
    // Log-normal-ish amount around the typical one, whole cents, at least 1 cent.
    const cents = Math.max(
      1,
      Math.round(kind.euros * 100 * Math.exp((rnd.next() + rnd.next() + rnd.next() - 1.5) * 1.2)),
    );
    let description: string;
    if (kind.journal === 'LON')
      description = `${kind.text} ${MONTHS[month - 1]} ${year} — personeelslid ${rnd.int(1, 480)}`;
    else if (kind.journal === 'AAK')
      description = `${kind.text}: ${rnd.pick(SUPPLIERS)} factuur ${year}/${String(rnd.int(1, 99_999)).padStart(5, '0')}`;
    else if (kind.journal === 'VKP') description = `${kind.text} ${MONTHS[month - 1]} — cliënt ${rnd.int(1, 900)}`;
    else description = `${kind.text} ${MONTHS[month - 1]}`;
    if (rnd.next() < 0.004) description = `${description}; zie "bijlage ${rnd.int(1, 99)}"`;
    // Income is credit; costs debit, with ~1% credit notes.
    const credit = kind.revenue ? rnd.next() > 0.01 : rnd.next() < 0.01;
    if (credit) creditCents += cents;
    else debitCents += cents;
    const amount = dutchAmount(cents);
    out.push(
      `${kind.account};${cell(description)};${credit ? '' : amount};${credit ? amount : ''};${centre};${date};${kind.journal}`,
    );
  }
  return { csv: `${out.join('\r\n')}\r\n`, lines, debitCents, creditCents };
}

/** The cost model of the benchmark: 60 centres, 10 keys, 20 rules, step order A01..A20. */
export function generateModel(year: number, seed: number): CostModelDoc {
  const rnd = new Random(seed ^ 0x5eed);
  const centres: CostModelDoc['centres'] = [
    ...MAIN_CENTRES.map((c, i) => {
      const unit = UNITS[i % UNITS.length]!;
      const volume =
        unit === 'client_year' ? rnd.int(20, 120) : unit === 'hour' ? rnd.int(3_000, 40_000) : rnd.int(1_000, 20_000);
      const service =
        i === 0
          ? 'Dagondersteuning'
          : `${SERVICES[i % SERVICES.length]} ${PLACES[Math.floor(i / SERVICES.length) % PLACES.length]}`;
      return {
        code: c,
        name: service,
        kind: 'main' as const,
        unit,
        volume,
        pricePerUnitCents: i % 3 === 0 ? rnd.int(5_000, 25_000) : null,
      };
    }),
    ...AUX_CENTRES.map((c, i) => ({
      code: c,
      name: AUX_NAMES[i]!,
      kind: 'auxiliary' as const,
      unit: null,
      volume: null,
      pricePerUnitCents: null,
    })),
  ];
  // Key k is the rule of A(k+1) and A(k+11); it names auxiliary centres only after A(k+11), so
  // both of its senders serve forward.
  const keys: CostModelDoc['keys'] = KEYS.map((k, index) => {
    const quantities: Record<string, number> = {};
    for (const c of MAIN_CENTRES) if (rnd.next() < 0.75) quantities[c] = rnd.int(1, 400) * (k.driver === 'm2' ? 5 : 1);
    quantities[MAIN_CENTRES[index]!] = rnd.int(1, 400); // never an empty key
    for (let j = index + 12; j <= AUX_COUNT; j++) if (rnd.next() < 0.6) quantities[code('A', j)] = rnd.int(1, 60);
    return { ...k, quantities };
  });
  const rules = AUX_CENTRES.map((c, i) => ({ from: c, key: KEYS[i % KEY_COUNT]!.code }));
  return { year, centres, keys, rules, stepOrder: [...AUX_CENTRES], assignments: ASSIGNMENTS };
}
