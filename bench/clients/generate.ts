/**
 * A deterministic large provider for bench/clients.ts: 600 clients (55% residential, 25% day
 * centre, 10% ambulant, 10% RTH; funding mostly voucher, some cash, combination and other), their
 * agreements, and exactly `registrations` registrations in one calendar year (planned days of the
 * agreements, a seeded share dropped as absence). RTH clients stay far below the yearly cap.
 * Everything is inserted in bulk (setup, not measured); points use the same arithmetic as saveCells.
 */
import { sql } from 'kysely';
import { Random } from '../../src/demo/random.ts';
import {
  addDays,
  buildStatement,
  RULE_SEED,
  unitsTimesPrice,
  type StatementRegistration,
} from '../../src/modules/clients/logic/index.ts';
import { saveFunction, saveGroup } from '../../src/modules/clients/offer.ts';
import { ensureRules } from '../../src/modules/clients/rules.ts';
import type { Db } from '../../src/server/db.ts';

/** code, unit, kind, RTH unit type, price (ten-thousandths of a point). */
const OFFER: [string, string, 'pvf' | 'rth', string | null, number][] = [
  ['dagondersteuning', 'day', 'pvf', null, 2_100],
  ['woonondersteuning', 'night', 'pvf', null, 2_500],
  ['individuele_psychosociale_begeleiding', 'hour', 'pvf', null, 450],
  ['individuele_praktische_hulp', 'hour', 'pvf', null, 380],
  ['rth_ambulant', 'session', 'rth', 'ambulant', 1_550],
];
const PRICE: Record<string, number> = Object.fromEntries(OFFER.map((o) => [o[0], o[4]]));
type Kind = 'wonen' | 'dag' | 'ambulant' | 'rth';
/** Per kind: function, weekdays (Mon = 0), units per registration. */
const PLAN: Record<Kind, [string, number[], number][]> = {
  wonen: [
    ['woonondersteuning', [0, 1, 2, 3, 4, 5, 6], 1],
    ['dagondersteuning', [0, 1, 2, 3, 4], 1],
    ['individuele_psychosociale_begeleiding', [2], 1],
  ],
  dag: [
    ['dagondersteuning', [0, 1, 2, 3, 4], 1],
    ['individuele_psychosociale_begeleiding', [0, 2, 4], 1.5],
  ],
  ambulant: [
    ['individuele_psychosociale_begeleiding', [0, 1, 2, 3, 4], 1.5],
    ['individuele_praktische_hulp', [1, 3], 2],
  ],
  rth: [['rth_ambulant', [3], 1]],
};

/** A uuid from the seeded generator. */
function uuid(rnd: Random): string {
  const hex = Array.from({ length: 32 }, () => rnd.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface GeneratedProvider {
  clientIds: string[];
  /** Client ids of each group of 20 clients (a week grid's worth). */
  grids: { clientId: string; functionCode: string }[][];
  registrations: number;
}

/** Inserts the provider into `orgId`; statements of `issuedMonths` are stored as issued. */
export async function generateProvider(
  db: Db,
  orgId: string,
  opts: { clients: number; registrations: number; year: number; seed: number; issuedMonths: string[] },
): Promise<GeneratedProvider> {
  const rnd = new Random(opts.seed);
  await ensureRules(db, orgId);
  for (const [code, unit, kind, rthUnitType, points] of OFFER)
    await saveFunction(db, orgId, code, {
      name: code.replace(/_/g, ' '),
      unit,
      kind,
      rthUnitType,
      prices: [{ validFrom: '2017-01-01', points }],
    });
  const groups: string[] = [];
  for (let g = 0; g < 30; g++) groups.push((await saveGroup(db, orgId, { name: `Groep ${g + 1}` })).id);
  const yearStart = `${opts.year}-01-01`;
  const clients = Array.from({ length: opts.clients }, (_, i) => {
    const r = i % 20;
    const kind: Kind = r < 11 ? 'wonen' : r < 16 ? 'dag' : r < 18 ? 'ambulant' : 'rth';
    const form = kind === 'rth' ? null : r === 3 ? 'cash' : r === 7 ? 'combination' : r === 12 ? 'other' : 'voucher';
    return {
      id: uuid(rnd),
      kind,
      form,
      group: groups[Math.floor(i / 20)]!,
      started: addDays(yearStart, -rnd.int(30, 3_000)),
    };
  });
  await db
    .insertInto('cl_client')
    .values(
      clients.map((c, i) => ({
        id: c.id,
        org_id: orgId,
        name: `Cliënt ${String(i + 1).padStart(4, '0')}`,
        birth_year: 1960 + (i % 45),
        group_id: c.group,
        started_on: c.started,
      })),
    )
    .execute();
  await db
    .insertInto('cl_funding')
    .values(
      clients.map((c, i) => ({
        org_id: orgId,
        client_id: c.id,
        kind: c.kind === 'rth' ? ('rth' as const) : c.form === 'other' ? ('other' as const) : ('pvb' as const),
        category: c.kind === 'rth' || c.form === 'other' ? null : 24,
        form: c.kind === 'rth' || c.form === 'other' ? null : (c.form as 'voucher'),
        voucher_points_e4: c.form === 'combination' ? 600_000 : null,
        made_available_on: c.kind === 'rth' || c.form === 'other' ? null : addDays(c.started, -30),
        start_date: c.started,
        volunteers: i % 40 === 0,
      })),
    )
    .execute();
  await db
    .insertInto('cl_agreement')
    .values(
      clients.flatMap((c) =>
        PLAN[c.kind].map(([code, days]) => ({
          org_id: orgId,
          client_id: c.id,
          function_code: code,
          count: days.length,
          per: 'week' as const,
          price_points_e4: PRICE[code]!,
          start_date: yearStart,
        })),
      ),
    )
    .execute();

  // Every planned slot of the year, then a seeded share dropped as absence to hit the exact number.
  const slots: StatementRegistration[] = [];
  const firstWeekday = (new Date(`${yearStart}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (const c of clients) {
    const funding = c.kind === 'rth' ? 'rth' : c.form === 'cash' ? 'cash' : c.form === 'other' ? 'other' : 'voucher';
    for (let d = 0; d < 365; d++) {
      const date = addDays(yearStart, d);
      for (const [code, days, units] of PLAN[c.kind]) {
        if (!days.includes((firstWeekday + d) % 7) || (c.kind === 'rth' && Math.floor(d / 7) % 2 === 1)) continue;
        slots.push({
          clientId: c.id,
          function: code,
          date,
          units,
          pointsE4: unitsTimesPrice(units, PRICE[code]!),
          funding,
        });
      }
    }
  }
  if (slots.length < opts.registrations)
    throw new Error(`only ${slots.length} planned slots for ${opts.registrations} registrations`);
  let drop = slots.length - opts.registrations;
  const kept = slots.filter((_, i) => {
    if (drop > 0 && rnd.next() < (drop / (slots.length - i)) * 1.0) {
      drop--;
      return false;
    }
    return true;
  });
  for (let i = 0; i < kept.length; i += 20_000) {
    const chunk = kept.slice(i, i + 20_000);
    await sql`INSERT INTO cl_registration (org_id, client_id, function_code, date, units, points_e4, funding_type)
      SELECT ${orgId}::uuid, * FROM unnest(${chunk.map((r) => r.clientId)}::uuid[], ${chunk.map((r) => r.function)}::text[], ${chunk.map((r) => r.date)}::date[],
        ${chunk.map((r) => String(r.units))}::numeric[], ${chunk.map((r) => String(r.pointsE4))}::bigint[], ${chunk.map((r) => r.funding)}::text[])`.execute(
      db,
    );
  }
  // Issued statements of earlier months, built as issueStatement would (no corrections: nothing changed since).
  for (const month of opts.issuedMonths) {
    const doc = buildStatement({ month, registrations: kept.filter((r) => r.date.startsWith(month)) }, RULE_SEED);
    await db
      .insertInto('cl_statement')
      .values({ org_id: orgId, month, doc: JSON.stringify(doc) })
      .execute();
  }
  await sql`ANALYZE`.execute(db);
  const grids = Array.from({ length: Math.floor(opts.clients / 20) }, (_, g) =>
    clients.slice(g * 20, g * 20 + 20).map((c) => ({ clientId: c.id, functionCode: PLAN[c.kind][0]![0] })),
  );
  return { clientIds: clients.map((c) => c.id), grids, registrations: kept.length };
}
