/**
 * Clients and person-following budgets for the demo VZA: the offer (support functions with prices
 * in points, two RTH functions), four groups, about 60 clients with mixed funding and IDO
 * agreements that fit their budgets, a year of registrations, issued statements (the last closed
 * month left as a draft, with a correction of an issued month) and a waiting list over PG1-3.
 */
import { addAgreement, addFunding, createClient } from '../modules/clients/clients.ts';
import { revalueRegistrations } from '../modules/clients/valuation.ts';
import {
  addDays,
  addMonthsToMonth,
  categoryMaxPoints,
  committedPoints,
  type AgreementLine,
  type RthUnitType,
} from '../modules/clients/logic/index.ts';
import { priceOn, saveFunction, saveGroup, type SupportFunction } from '../modules/clients/offer.ts';
import { issueStatement } from '../modules/clients/overview.ts';
import { saveCells } from '../modules/clients/registrations.ts';
import { ruleSet } from '../modules/clients/rules.ts';
import type { Db } from '../server/db.ts';
import { generateRegistrations, type PlannedClient, type PlannedLine } from './clients-registrations.ts';
import type { Random } from './random.ts';
import { thisYear, today as brusselsToday } from '../lib/calendar.ts';

/** code, name, unit, kind, RTH unit type, price in ten-thousandths of a point per unit. */
const OFFER: [string, string, string, 'pvf' | 'rth', RthUnitType | null, number][] = [
  ['dagondersteuning', 'Dagondersteuning', 'day', 'pvf', null, 2_100],
  ['woonondersteuning', 'Woonondersteuning', 'night', 'pvf', null, 2_500],
  ['individuele_psychosociale_begeleiding', 'Individuele psychosociale begeleiding', 'hour', 'pvf', null, 450],
  ['individuele_praktische_hulp', 'Individuele praktische hulp', 'hour', 'pvf', null, 380],
  ['globale_individuele_ondersteuning', 'Globale individuele ondersteuning', 'unit', 'pvf', null, 520],
  ['oproepbare_permanentie', 'Oproepbare permanentie (per maand)', 'unit', 'pvf', null, 3_000],
  ['begeleid_werken', 'Begeleid werken', 'day', 'pvf', null, 900],
  ['rth_ambulant', 'RTH ambulante begeleiding', 'session', 'rth', 'ambulant', 1_550],
  ['rth_dagopvang', 'RTH dagopvang', 'day', 'rth', 'day', 870],
];
const GROUPS: [string, string][] = [
  ['Dagcentrum De Linde', 'Lindestraat 12, Aalst'],
  ["Woning 't Anker", 'Kaai 4, Aalst'],
  ['Woning Zonneweg', 'Zonneweg 31, Erpe-Mere'],
  ['Ambulant team', 'Lindestraat 12, Aalst'],
];
type Kind = 'wonen' | 'dag' | 'ambulant';
type Form = 'voucher' | 'cash' | 'combination' | 'other' | 'rth' | 'rth_zorgbudget' | 'pending';
/** group index, kind, funding, number of clients (60 in all). */
const MIX: [number, Kind, Form, number][] = [
  [1, 'wonen', 'voucher', 8],
  [1, 'wonen', 'combination', 1],
  [2, 'wonen', 'voucher', 8],
  [2, 'wonen', 'combination', 1],
  [0, 'dag', 'voucher', 14],
  [0, 'dag', 'cash', 3],
  [0, 'dag', 'combination', 2],
  [0, 'dag', 'other', 1],
  [3, 'ambulant', 'voucher', 9],
  [3, 'ambulant', 'cash', 2],
  [3, 'ambulant', 'combination', 1],
  [3, 'ambulant', 'other', 1],
  [3, 'ambulant', 'rth', 5],
  [3, 'ambulant', 'rth_zorgbudget', 3],
  [3, 'ambulant', 'pending', 1],
];
const FIRST = [
  'Arne',
  'Bram',
  'Chloé',
  'Dries',
  'Emma',
  'Febe',
  'Gilles',
  'Hannah',
  'Ines',
  'Jelle',
  'Kobe',
  'Laura',
  'Marie',
  'Noah',
  'Oona',
  'Pauline',
  'Quinten',
  'Ruben',
  'Sara',
  'Thomas',
  'Ursule',
  'Vic',
  'Wout',
  'Zoë',
  'Amira',
  'Bilal',
  'Céline',
  'Dounia',
];
const LAST = [
  'Verstraete',
  'De Clercq',
  'Van Damme',
  'Desmet',
  'Coppens',
  'Martens',
  'Segers',
  'Van de Velde',
  'Bogaert',
  'De Backer',
  'Cools',
  'Verbeke',
  'Moens',
  'Lemmens',
  'Smets',
  'Bouzid',
  'Nowak',
  'Öztürk',
];

/** Candidate lines per kind: function, per, counts from most to least (the first that fits is taken). */
function candidates(kind: Kind, rnd: Random): [string, 'week' | 'month' | 'year', number[]][] {
  const days = (from: number) =>
    [5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1].filter((d) => d <= from).map((d) => Math.round(d * 47));
  if (kind === 'wonen')
    return [
      ['woonondersteuning', 'week', [7, 6, 5, 4, 3]],
      ['dagondersteuning', 'year', days(3)],
      ['individuele_psychosociale_begeleiding', 'month', [4, 2, 1]],
    ];
  if (kind === 'dag') {
    const out: [string, 'week' | 'month' | 'year', number[]][] = [['dagondersteuning', 'year', days(rnd.int(3, 5))]];
    if (rnd.next() < 0.5) out.push(['individuele_psychosociale_begeleiding', 'month', [2, 1]]);
    if (rnd.next() < 0.2) out.push(['begeleid_werken', 'week', [1]]);
    return out;
  }
  const out: [string, 'week' | 'month' | 'year', number[]][] = [
    ['individuele_psychosociale_begeleiding', 'month', [16, 14, 12, 10, 8, 6, 4, 2].slice(rnd.int(0, 4))],
  ];
  if (rnd.next() < 0.5) out.push(['individuele_praktische_hulp', 'month', [8, 6, 4, 2]]);
  if (rnd.next() < 0.3) out.push(['oproepbare_permanentie', 'month', [1]]);
  return out;
}

/** Chooses counts so that the lines' points in a (leap) year stay under 97% of `budgetE4`. */
function fitLines(
  kind: Kind,
  budgetE4: number,
  rnd: Random,
  price: (code: string) => number,
): { code: string; per: 'week' | 'month' | 'year'; count: number }[] {
  const chosen: AgreementLine[] = [];
  for (const [code, per, counts] of candidates(kind, rnd)) {
    for (const count of counts) {
      const line: AgreementLine = {
        clientId: '',
        function: code,
        frequency: { count, per },
        priceE4: price(code),
        start: '2028-01-01',
      };
      if (committedPoints([...chosen, line], 2028) <= budgetE4 * 0.97) {
        chosen.push(line);
        break;
      }
    }
  }
  return chosen.map((l) => ({ code: l.function, per: l.frequency.per, count: l.frequency.count }));
}

/** Adds the clients part of the demo to `orgId`; `userId` issues the statements. */
export async function createDemoClients(
  db: Db,
  orgId: string,
  userId: string,
  rnd: Random,
  now: Date,
): Promise<{ clients: number; registrations: number; statements: string[] }> {
  const today = brusselsToday(now);
  const year = thisYear(now);
  const rules = await ruleSet(db, orgId);
  const functions = new Map<string, SupportFunction>();
  for (const [code, name, unit, kind, rthUnitType, points] of OFFER) {
    functions.set(
      code,
      await saveFunction(db, orgId, code, {
        name,
        unit,
        kind,
        rthUnitType,
        prices: [{ validFrom: '2017-01-01', points }],
      }),
    );
  }
  const price = (code: string, date = today) => priceOn(functions.get(code)!, date);
  const groups = [];
  for (const [name, location] of GROUPS) groups.push((await saveGroup(db, orgId, { name, location })).id);

  const specs = MIX.flatMap(([group, kind, form, n]) => Array.from({ length: n }, () => ({ group, kind, form })));
  const names = new Set<string>();
  const planned: PlannedClient[] = [];
  const yearStart = `${year - 1}-01-01`;
  for (const [i, s] of specs.entries()) {
    let name: string;
    do name = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    while (names.has(name));
    names.add(name);
    // Start dates over the past eight years; six clients left (four in the last year, two earlier).
    let started = addDays(today, -rnd.int(s.form === 'pending' ? 0 : 120, 8 * 365));
    let ended: string | null = null;
    if ([5, 17, 29, 41].includes(i)) ended = addDays(today, -rnd.int(30, 280));
    if ([11, 47].includes(i)) ended = addDays(today, -rnd.int(420, 900));
    if (ended && started > addDays(ended, -200)) started = addDays(ended, -rnd.int(200, 900));
    const b = s.kind === 'wonen' ? rnd.int(4, 8) : s.kind === 'dag' ? rnd.int(2, 6) : rnd.int(1, 4);
    const id = await createClient(db, orgId, {
      name,
      birthYear: rnd.int(1958, 2004),
      contactPerson: `${rnd.pick(FIRST)} ${name.split(' ').slice(1).join(' ')} (${rnd.pick(['moeder', 'vader', 'zus', 'broer', 'bewindvoerder'])})`,
      bValue: b,
      pValue: Math.max(0, Math.min(7, b + rnd.int(-2, 1))),
      groupId: groups[s.group]!,
      startedOn: s.form === 'pending' ? null : started,
      endedOn: ended,
    });
    const pvb = s.form === 'voucher' || s.form === 'cash' || s.form === 'combination' || s.form === 'pending';
    const category = s.kind === 'wonen' ? rnd.int(15, 20) : s.kind === 'dag' ? rnd.int(6, 14) : rnd.int(3, 8);
    const maxE4 = categoryMaxPoints(rules, category, today);
    let budgetE4 = maxE4;
    if (s.form === 'pending') {
      await addFunding(db, orgId, id, {
        kind: 'pvb',
        category,
        form: 'voucher',
        madeAvailableOn: addDays(today, -rnd.int(90, 110)),
        startDate: null,
      });
      continue;
    }
    if (pvb) {
      const voucherPoints = s.form === 'combination' ? Math.round((maxE4 * rnd.int(40, 70)) / 100) : null;
      if (voucherPoints !== null) budgetE4 = voucherPoints;
      await addFunding(db, orgId, id, {
        kind: 'pvb',
        category,
        form: s.form as 'voucher',
        voucherPoints,
        madeAvailableOn: addDays(started, -rnd.int(20, 110)),
        startDate: started,
        endDate: ended,
      });
    } else if (s.form === 'other') {
      await addFunding(db, orgId, id, {
        kind: 'other',
        startDate: started,
        endDate: ended,
        note: 'Eigen betaling (geen PVB)',
      });
    } else {
      if (s.form === 'rth_zorgbudget')
        await addFunding(db, orgId, id, {
          kind: 'zorgbudget',
          startDate: started,
          endDate: ended,
          note: 'Zorgbudget via de zorgkas, in afwachting van een PVB',
        });
      await addFunding(db, orgId, id, { kind: 'rth', startDate: started, endDate: ended, volunteers: i % 4 === 0 });
    }
    // The current IDO runs from the start of last year (or the client's start); earlier leavers had one from 2022.
    let start = started > yearStart ? started : yearStart;
    if (ended && ended < start) start = started > '2022-01-01' ? started : '2022-01-01';
    if (ended && ended < start) continue;
    const lines = s.form.startsWith('rth')
      ? [
          i % 3 === 0
            ? { code: 'rth_ambulant', per: 'week' as const, count: 1 }
            : rnd.next() < 0.5
              ? { code: 'rth_ambulant', per: 'month' as const, count: rnd.int(2, 3) }
              : { code: 'rth_dagopvang', per: 'week' as const, count: 1 },
        ]
      : fitLines(s.kind, budgetE4, rnd, (code) => price(code));
    const plannedLines: PlannedLine[] = [];
    for (const l of lines) {
      const living =
        l.code === 'woonondersteuning'
          ? { livingCostsCents: rnd.int(31, 36) * 100 + 50, livingCostsPer: 'day' as const }
          : l.code === 'dagondersteuning' && s.kind === 'dag'
            ? { livingCostsCents: 650, livingCostsPer: 'day' as const }
            : {};
      const input = { functionCode: l.code, count: l.count, per: l.per, startDate: start, endDate: ended, ...living };
      if (s.form === 'cash' || s.form === 'other') {
        // addAgreement checks against voucher points only; a cash or other payer's IDO is stored as agreed.
        await db
          .insertInto('cl_agreement')
          .values({
            org_id: orgId,
            client_id: id,
            function_code: l.code,
            count: l.count,
            per: l.per,
            price_points_e4: price(l.code, start),
            start_date: start,
            end_date: ended,
            living_costs_cents: input.livingCostsCents ?? null,
            living_costs_per: input.livingCostsPer ?? null,
          })
          .execute();
      } else {
        await addAgreement(db, orgId, id, input, rules);
      }
      plannedLines.push({
        code: l.code,
        unit: functions.get(l.code)!.unit,
        per: l.per,
        count: l.count,
        start,
        end: ended,
      });
    }
    const under = [3, 22, 33, 50].includes(i);
    const extra = [24, 28, 40, 44].includes(i);
    planned.push({
      id,
      funding: s.form === 'cash' ? 'cash' : s.form === 'other' ? 'other' : 'voucher',
      attendance: under ? 0.5 + rnd.next() * 0.15 : extra ? 1 : 0.88 + rnd.next() * 0.04,
      extra,
      volunteers: s.form.startsWith('rth') && i % 4 === 0,
      lines: plannedLines,
    });
  }

  // A year of registrations up to today, inserted in bulk with the same points as saveCells.
  const rows = generateRegistrations(
    planned,
    addDays(today, -364),
    today,
    rnd,
    rules,
    price,
    (code) => functions.get(code)!.rthUnitType as RthUnitType | null,
  );
  for (let i = 0; i < rows.length; i += 2_000) {
    await db
      .insertInto('cl_registration')
      .values(rows.slice(i, i + 2_000).map((r) => ({ ...r, org_id: orgId, registered_by: userId })))
      .execute();
  }
  // Record the price each registration was valued at (the agreed price, see modules/clients/valuation.ts).
  await revalueRegistrations(db, orgId, rules);

  // Statements of the closed months of this year, except the last closed month (left as a draft).
  const current = today.slice(0, 7);
  const first = current.endsWith('-01') || current.endsWith('-02') ? addMonthsToMonth(current, -4) : `${year}-01`;
  const statements: string[] = [];
  for (let m = first; m < addMonthsToMonth(current, -1); m = addMonthsToMonth(m, 1)) {
    const issued = await issueStatement(db, orgId, m, userId, rules);
    // Issued in the first days of the next month, as an office would.
    await db
      .updateTable('cl_statement')
      .set({ issued_at: `${addMonthsToMonth(m, 1)}-0${rnd.int(2, 6)}T10:${rnd.int(10, 59)}:00Z` })
      .where('id', '=', issued.id)
      .execute();
    statements.push(m);
  }
  // A correction of an issued month: a longer session registered afterwards, with its reason.
  const last = statements.at(-1);
  const fix =
    last && rows.find((r) => r.date.startsWith(last) && r.function_code === 'individuele_psychosociale_begeleiding');
  if (fix) {
    await saveCells(
      db,
      orgId,
      userId,
      [
        {
          clientId: fix.client_id,
          functionCode: fix.function_code,
          date: fix.date,
          units: fix.units + 1,
          reason: 'Gesprek duurde langer; na controle van de agenda aangepast',
        },
      ],
      rules,
    );
  }
  await createDemoWaitingList(db, orgId, rnd, today);
  return { clients: specs.length, registrations: rows.length, statements };
}

/** About 25 requests over PG1-3: PG1 waiting under 18 months, some PG3 for years; a few offered, started or withdrawn. */
async function createDemoWaitingList(db: Db, orgId: string, rnd: Random, today: string): Promise<void> {
  const plan: [1 | 2 | 3, number, number, number][] = [
    [1, 4, 45, 500],
    [2, 8, 120, 1_300],
    [3, 13, 200, 2_400],
  ];
  const statuses: Record<number, ('offered' | 'started' | 'withdrawn')[]> = {
    1: ['offered'],
    2: ['started', 'withdrawn'],
    3: ['offered', 'started', 'withdrawn'],
  };
  const needs: [string, number, number][] = [
    ['dagondersteuning', 2, 5],
    ['woonondersteuning', 3, 7],
    ['individuele_psychosociale_begeleiding', 1, 4],
    ['individuele_praktische_hulp', 1, 3],
  ];
  let seq = 0;
  const rows = plan.flatMap(([group, n, minDays, maxDays]) =>
    Array.from({ length: n }, (_, k) => {
      const requested = addDays(today, -rnd.int(minDays, maxDays));
      const decided = addDays(requested, rnd.int(45, 150));
      const chosen = [rnd.pick(needs), ...(rnd.next() < 0.4 ? [rnd.pick(needs)] : [])].filter(
        (x, j, all) => all.findIndex((y) => y[0] === x[0]) === j,
      );
      const b = rnd.int(1, 8);
      return {
        org_id: orgId,
        reference: `AV-${requested.slice(0, 4)}-${String(++seq * 37 + rnd.int(0, 30)).padStart(4, '0')}`,
        priority_group: group,
        requested_on: requested,
        decided_on: decided <= today ? decided : null,
        intensity: `B${b} P${Math.max(0, b - rnd.int(0, 2))}`,
        needs: JSON.stringify(chosen.map(([fn, lo, hi]) => ({ function: fn, unitsPerWeek: rnd.int(lo, hi) }))),
        status: statuses[group]![k] ?? ('waiting' as const),
      };
    }),
  );
  await db.insertInto('cl_waiting_request').values(rows).execute();
}
