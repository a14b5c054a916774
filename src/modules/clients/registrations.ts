/**
 * Registration of delivered support: the week grid (clients × days × functions), saving it in one
 * transaction with the RTH cap and funding periods enforced, and CSV import.
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import {
  addDays,
  checkRthRegistration,
  ClientsLogicError,
  validateRegistrations,
  valueRegistration,
  type FundingPeriod,
  type FundingType,
  type PriceSource,
  type RthRegistration,
  type RthUnitType,
  type RuleSet,
  type UnitKind as Unit,
  type Valuation,
} from './logic/index.ts';
import { fileErrors, readTableFile } from '../../lib/files/index.ts';
import { listFunctions, type SupportFunction } from './offer.ts';
import { pointsText } from './schema.ts';
import { valuationBases } from './valuation.ts';
import { msg } from './messages.ts';

export interface Cell {
  clientId: string;
  functionCode: string;
  date: string;
  units: number;
  reason?: string | undefined;
}

/** Planned units per day of the week from an agreement line (days/nights: whole units on the first days; hours: spread over weekdays). */
function plannedDays(a: { count: number; per: string; unit: string }, days: string[]): Record<string, number> {
  const perWeek = a.per === 'week' ? a.count : a.per === 'month' ? (a.count * 12) / 52.143 : a.count / 52.143;
  const out: Record<string, number> = {};
  if (a.unit === 'day' || a.unit === 'night') {
    const n = Math.min(Math.round(perWeek), a.unit === 'night' ? 7 : 5);
    days.slice(0, n).forEach((d) => {
      out[d] = 1;
    });
  } else {
    const each = Math.round((perWeek / 5) * 100) / 100;
    if (each > 0)
      days.slice(0, 5).forEach((d) => {
        out[d] = each;
      });
  }
  return out;
}

/** The week grid from `start` (a Monday): per client its functions with planned and registered units per day. */
export async function weekGrid(db: DbOrTx, orgId: string, start: string, groupId?: string, professionalId?: string) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const end = days[6]!;
  let clientsQuery = db
    .selectFrom('cl_client')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', start)]))
    .orderBy('name');
  if (groupId) clientsQuery = clientsQuery.where('group_id', '=', groupId);
  if (professionalId) clientsQuery = clientsQuery.where('professional_id', '=', professionalId);
  const [clients, issued] = await Promise.all([
    clientsQuery.execute(),
    db
      .selectFrom('cl_statement')
      .select('month')
      .where('org_id', '=', orgId)
      .where('month', 'in', [...new Set([start.slice(0, 7), end.slice(0, 7)])])
      .execute(),
  ]);
  /** Months of this week whose statement is issued: a change there needs a reason. */
  const issuedMonths = issued.map((r) => r.month).sort();
  const ids = clients.map((c) => c.id);
  if (ids.length === 0) return { start, days, issuedMonths, clients: [] };
  const functions = new Map((await listFunctions(db, orgId)).map((f) => [f.code, f]));
  const [agreements, registrations] = await Promise.all([
    db
      .selectFrom('cl_agreement')
      .select(['client_id', 'function_code', 'count', 'per'])
      .where('org_id', '=', orgId)
      .where('client_id', 'in', ids)
      .where('start_date', '<=', end)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
      .execute(),
    db
      .selectFrom('cl_registration')
      .select(['client_id', 'function_code', 'date', 'units'])
      .where('org_id', '=', orgId)
      .where('client_id', 'in', ids)
      .where('date', '>=', start)
      .where('date', '<=', end)
      .execute(),
  ]);
  return {
    start,
    days,
    issuedMonths,
    clients: clients.map((c) => {
      const rows = new Map<
        string,
        {
          code: string;
          name: string;
          unit: Unit;
          kind: 'pvf' | 'rth';
          planned: Record<string, number>;
          registered: Record<string, number>;
        }
      >();
      const row = (code: string) => {
        const fn = functions.get(code);
        if (!rows.has(code))
          rows.set(code, {
            code,
            name: fn?.name ?? code,
            unit: fn?.unit ?? 'unit',
            kind: fn?.kind ?? 'pvf',
            planned: {},
            registered: {},
          });
        return rows.get(code)!;
      };
      for (const a of agreements.filter((x) => x.client_id === c.id)) {
        const r = row(a.function_code);
        r.planned = plannedDays({ count: Number(a.count), per: a.per, unit: r.unit }, days);
      }
      for (const reg of registrations.filter((x) => x.client_id === c.id))
        row(reg.function_code).registered[reg.date] = Number(reg.units);
      return { id: c.id, name: c.name, functions: [...rows.values()] };
    }),
  };
}

/** Who pays a registration of `fn`: RTH, voucher (when any PVB is voucher or combination), cash, or other. */
export function fundingType(fn: Pick<SupportFunction, 'kind'>, forms: readonly string[]): FundingType {
  if (fn.kind === 'rth') return 'rth';
  if (forms.includes('voucher') || forms.includes('combination')) return 'voucher';
  if (forms.includes('cash')) return 'cash';
  return 'other';
}

/**
 * Saves cells (units 0 removes a registration) in one transaction. Every problem of every cell is
 * reported at once; the RTH cap answers 422 with the remaining points; a change in a month whose
 * statement is issued needs a reason (it goes on the next statement as a correction).
 */
export async function saveCells(
  db: Db,
  orgId: string,
  userId: string | null,
  cells: readonly Cell[],
  rules: RuleSet,
  opts: { label?: (i: number) => string } = {},
) {
  const label = opts.label ?? ((i: number) => `cells.${i}`);
  const clientIds = [...new Set(cells.map((c) => c.clientId))];
  if (clientIds.length === 0) return { saved: 0, removed: 0 };
  const { functions, basis } = await valuationBases(db, orgId, clientIds);
  const [clients, funding, issued] = await Promise.all([
    db.selectFrom('cl_client').select('id').where('org_id', '=', orgId).where('id', 'in', clientIds).execute(),
    db
      .selectFrom('cl_funding')
      .select(['client_id', 'kind', 'form', 'start_date', 'made_available_on', 'end_date', 'volunteers'])
      .where('org_id', '=', orgId)
      .where('client_id', 'in', clientIds)
      .execute(),
    db.selectFrom('cl_statement').select('month').where('org_id', '=', orgId).execute(),
  ]);
  const known = new Set(clients.map((c) => c.id));
  const issuedMonths = new Set(issued.map((s) => s.month));
  const fields: FieldError[] = [];
  const rows: Row[] = [];
  const missingReason = new Set<string>();
  const removals: Cell[] = [];
  for (const [i, cell] of cells.entries()) {
    const fn = functions.get(cell.functionCode);
    if (!known.has(cell.clientId)) {
      fields.push({ path: label(i), message: msg('unknown_client') });
      continue;
    }
    if (!fn) {
      fields.push({ path: label(i), message: msg('function_not_offer', { functionCode: cell.functionCode }) });
      continue;
    }
    if (issuedMonths.has(cell.date.slice(0, 7)) && !cell.reason) missingReason.add(cell.date.slice(0, 7));
    if (issuedMonths.has(cell.date.slice(0, 7)) && !cell.reason) {
      fields.push({ path: label(i), message: msg('statement_issued_give_reason', { date: cell.date.slice(0, 7) }) });
      continue;
    }
    if (cell.units === 0) {
      removals.push(cell);
      continue;
    }
    const own = funding.filter(
      (f) => f.client_id === cell.clientId && (fn.kind === 'rth' ? f.kind === 'rth' : f.kind !== 'rth'),
    );
    let value: Valuation;
    try {
      // The one valuation (logic/valuation.ts): the client's agreed price on the date, else the offer's.
      value = valueRegistration(cell.units, cell.date, basis(cell.clientId, fn.code)!, rules);
    } catch (e) {
      if (!(e instanceof ClientsLogicError)) throw e;
      fields.push({ path: label(i), message: { nl: e.nl, en: e.en } });
      continue;
    }
    rows.push({
      index: i,
      client_id: cell.clientId,
      function_code: fn.code,
      date: cell.date,
      units: cell.units,
      points_e4: value.pointsE4,
      price_e4: value.priceE4,
      price_source: value.source,
      funding_type: fundingType(
        fn,
        own.map((f) => f.form ?? ''),
      ),
      reason: cell.reason ?? null,
    });
  }
  const periods: Record<string, FundingPeriod[]> = {};
  for (const f of funding) {
    periods[f.client_id] ??= [];
    periods[f.client_id]!.push({ from: f.start_date ?? f.made_available_on ?? '1900-01-01', to: f.end_date });
  }
  const problems = validateRegistrations(
    rows.map((r) => ({
      clientId: r.client_id,
      function: r.function_code,
      date: r.date,
      units: r.units,
      pointsE4: r.points_e4,
    })),
    { fundingPeriods: periods },
  );
  for (const p of problems) fields.push({ path: label(rows[p.index]!.index), message: { nl: p.nl, en: p.en } });
  if (fields.length) {
    throw new AppError('validation', msg('registrations_not_valid_nothing', { count: fields.length }), {
      fields,
      ...(missingReason.size ? { details: { reasonRequired: true, issuedMonths: [...missingReason].sort() } } : {}),
    });
  }
  await checkRthCaps(db, orgId, rows, functions, funding, rules, label);
  await db.transaction().execute(async (tx) => {
    for (const r of removals) {
      await tx
        .deleteFrom('cl_registration')
        .where('org_id', '=', orgId)
        .where('client_id', '=', r.clientId)
        .where('function_code', '=', r.functionCode)
        .where('date', '=', r.date)
        .execute();
    }
    if (rows.length) {
      await upsert(tx, orgId, userId, rows);
    }
  });
  return { saved: rows.length, removed: removals.length };
}

interface Row {
  index: number;
  client_id: string;
  function_code: string;
  date: string;
  units: number;
  points_e4: number;
  price_e4: number;
  price_source: PriceSource;
  funding_type: string;
  reason: string | null;
}

async function upsert(tx: DbOrTx, orgId: string, userId: string | null, rows: Row[]) {
  await sql`INSERT INTO cl_registration (org_id, registered_by, client_id, function_code, date, units, points_e4, price_e4, price_source, funding_type, reason)
    SELECT ${orgId}::uuid, ${userId}::uuid, * FROM unnest(${rows.map((r) => r.client_id)}::uuid[], ${rows.map((r) => r.function_code)}::text[],
      ${rows.map((r) => r.date)}::date[], ${rows.map((r) => String(r.units))}::numeric[], ${rows.map((r) => String(r.points_e4))}::bigint[],
      ${rows.map((r) => String(r.price_e4))}::bigint[], ${rows.map((r) => r.price_source)}::text[], ${rows.map((r) => r.funding_type)}::text[], ${rows.map((r) => r.reason)}::text[])
    ON CONFLICT (org_id, client_id, function_code, date) DO UPDATE SET units = excluded.units, points_e4 = excluded.points_e4,
      price_e4 = excluded.price_e4, price_source = excluded.price_source,
      funding_type = excluded.funding_type, reason = excluded.reason, registered_by = excluded.registered_by, updated_at = now()`.execute(
    tx,
  );
}

/** Refuses registrations that would pass a client's yearly RTH cap (422 with the remaining points). */
async function checkRthCaps(
  db: DbOrTx,
  orgId: string,
  rows: Row[],
  functions: Map<string, SupportFunction>,
  funding: { client_id: string; kind: string; volunteers: boolean }[],
  rules: RuleSet,
  label: (i: number) => string,
) {
  const rth = rows.filter((r) => functions.get(r.function_code)?.kind === 'rth');
  if (rth.length === 0) return;
  const years = [...new Set(rth.map((r) => r.date.slice(0, 4)))];
  const existing = await db
    .selectFrom('cl_registration')
    .select(['client_id', 'function_code', 'date', 'units'])
    .where('org_id', '=', orgId)
    .where('client_id', 'in', [...new Set(rth.map((r) => r.client_id))])
    .where('funding_type', '=', 'rth')
    .where(sql<string>`to_char(date, 'YYYY')`, 'in', years)
    .execute();
  const accepted = new Map<string, RthRegistration[]>();
  for (const e of existing) {
    if (rth.some((r) => r.client_id === e.client_id && r.function_code === e.function_code && r.date === e.date))
      continue; // being replaced
    const key = `${e.client_id}|${e.date.slice(0, 4)}`;
    (accepted.get(key) ?? accepted.set(key, []).get(key)!).push({
      date: e.date,
      unitType: functions.get(e.function_code)?.rthUnitType as RthUnitType,
      units: Number(e.units),
    });
  }
  for (const r of rth) {
    const key = `${r.client_id}|${r.date.slice(0, 4)}`;
    const list = accepted.get(key) ?? accepted.set(key, []).get(key)!;
    const next = { date: r.date, unitType: functions.get(r.function_code)!.rthUnitType as RthUnitType, units: r.units };
    const check = checkRthRegistration(
      list,
      next,
      { withVolunteers: funding.some((f) => f.client_id === r.client_id && f.kind === 'rth' && f.volunteers) },
      rules,
    );
    if (!check.ok) {
      const e = check.error as { nl: string; en: string; code: string; remainingE4?: number };
      throw new AppError(
        e.code === 'rth_cap' ? 'rth_cap' : 'validation',
        { nl: e.nl, en: e.en },
        {
          fields: [{ path: label(r.index), message: { nl: e.nl, en: e.en } }],
          details: {
            clientId: r.client_id,
            functionCode: r.function_code,
            date: r.date,
            ...(e.remainingE4 !== undefined ? { remaining: pointsText(e.remainingE4) } : {}),
          },
        },
      );
    }
    list.push(next);
  }
}

/** Parses a registrations file (CSV or XLSX: `client;function;date;units[;reason]`), naming every bad line. */
export async function parseRegistrationsFile(bytes: Uint8Array): Promise<Cell[]> {
  const table = await readTableFile(bytes);
  const text = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
  const records = table.rows
    .map((cells, i) => ({ line: i + 1, cells: cells.map(text) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = records;
  const errors = [];
  const cells: Cell[] = [];
  if (!header || rows.length === 0)
    throw fileErrors([
      {
        code: 'no_lines',
        line: 1,
        column: '',
        ...msg('no_lines'),
      },
    ]);
  for (const { cells: r, line } of rows) {
    const [clientId = '', functionCode = '', date = '', unitsText = '', reason] = r.map((x) => x.trim());
    const units = Number(unitsText.replace(',', '.'));
    if (!/^[0-9a-f-]{36}$/.test(clientId))
      errors.push({
        code: 'client',
        line,
        column: header.cells[0] ?? 'client',
        ...msg('client'),
      });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      errors.push({
        code: 'date',
        line,
        column: header.cells[2] ?? 'date',
        ...msg('date', { date }),
      });
    else if (!(Number.isFinite(units) && units > 0))
      errors.push({
        code: 'units',
        line,
        column: header.cells[3] ?? 'units',
        ...msg('units'),
      });
    else cells.push({ clientId, functionCode, date, units, ...(reason ? { reason } : {}) });
  }
  if (errors.length) throw fileErrors(errors);
  return cells;
}
