/**
 * Registration of delivered support: the week grid (clients × days × functions), saving it in one
 * transaction with the RTH cap and funding periods enforced (the grid is in week-grid.ts, the file import in
 * registrations-import.ts).
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import {
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
  type Valuation,
} from './logic/index.ts';
import type { SupportFunction } from './offer.ts';
import { pointsText } from './schema.ts';
import { valuationBases } from './valuation.ts';
import { msg } from './messages.ts';

export { parseRegistrationsFile } from './registrations-import.ts';
export { weekGrid } from './week-grid.ts';

export interface Cell {
  clientId: string;
  functionCode: string;
  date: string;
  units: number;
  reason?: string | undefined;
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
