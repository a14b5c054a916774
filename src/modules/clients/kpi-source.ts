/** What clients contributes to the KPIs of its organisation: agreements, registrations, funding, waiting list. */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { type AgreementLine, availableVoucherPoints, linePoints, unitsInPeriod } from './logic/index.ts';
import { ruleSet } from './rules.ts';

export type { AgreementLine } from './logic/index.ts';

/** Every IDO agreement line of the organisation. */
export async function agreementLines(db: DbOrTx, orgId: string): Promise<AgreementLine[]> {
  const rows = await db
    .selectFrom('cl_agreement')
    .select(['client_id', 'function_code', 'count', 'per', 'price_points_e4', 'start_date', 'end_date'])
    .where('org_id', '=', orgId)
    .execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    function: r.function_code,
    frequency: { count: Number(r.count), per: r.per },
    priceE4: Number(r.price_points_e4),
    start: r.start_date,
    end: r.end_date,
  }));
}

/** Units and points agreed from `from` to `to` (days), and the client|function keys they cover. */
export function agreedIn(lines: AgreementLine[], from: string, to: string) {
  let units = 0;
  let pointsE4 = 0;
  const keys = new Set<string>();
  for (const l of lines) {
    if (l.start > to || (l.end != null && l.end < from)) continue;
    const u = unitsInPeriod(l, from, to);
    if (u <= 0) continue;
    units += u;
    pointsE4 += linePoints(l, from, to);
    keys.add(`${l.clientId}|${l.function}`);
  }
  return { units, pointsE4, keys };
}

/** Registered units and points per month ('yyyy-mm') and client|function key from a day on (voucher points apart). */
export async function registrationsByMonth(db: DbOrTx, orgId: string, from: string) {
  const rows = await db
    .selectFrom('cl_registration')
    .select([
      sql<string>`to_char(date, 'YYYY-MM')`.as('month'),
      'client_id',
      'function_code',
      sql<string>`sum(units)::text`.as('units'),
      sql<string>`sum(points_e4)::text`.as('points'),
      sql<string>`coalesce(sum(points_e4) filter (where funding_type = 'voucher'), 0)::text`.as('voucher'),
    ])
    .where('org_id', '=', orgId)
    .where('date', '>=', from)
    .groupBy([sql`to_char(date, 'YYYY-MM')`, 'client_id', 'function_code'])
    .execute();
  return rows.map((r) => ({
    month: r.month,
    key: `${r.client_id}|${r.function_code}`,
    units: Number(r.units),
    pointsE4: Number(r.points),
    voucherE4: Number(r.voucher),
  }));
}

/**
 * The PVB voucher points (E4) available in one quarter of each given year (the year's points / 4): null
 * when no client has a PVB in voucher or combination form. An invalid combination part counts as nothing.
 */
export async function pvbVoucherPoints(
  db: DbOrTx,
  orgId: string,
  years: number[],
): Promise<Map<number, number> | null> {
  const [fundings, rules] = await Promise.all([
    db
      .selectFrom('cl_funding')
      .select(['category', 'form', 'voucher_points_e4', 'made_available_on', 'start_date', 'end_date'])
      .where('org_id', '=', orgId)
      .where('kind', '=', 'pvb')
      .where('form', 'in', ['voucher', 'combination'])
      .execute(),
    ruleSet(db, orgId),
  ]);
  if (!fundings.length) return null;
  const out = new Map<number, number>();
  for (const year of new Set(years)) {
    let available = 0;
    for (const f of fundings) {
      if (f.category === null || !f.made_available_on) continue;
      try {
        available +=
          availableVoucherPoints(
            {
              kind: 'pvb',
              category: f.category,
              form: f.form!,
              ...(f.voucher_points_e4 !== null ? { voucherPointsE4: Number(f.voucher_points_e4) } : {}),
              madeAvailable: f.made_available_on,
              start: f.start_date,
              end: f.end_date,
            },
            year,
            rules,
          ) / 4;
      } catch {
        /* an invalid combination part counts as nothing */
      }
    }
    out.set(year, available);
  }
  return out;
}

/** Every waiting request: its request day, status and the Brussels day its status last changed. */
export async function waitingRequests(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('cl_waiting_request')
    .select(['requested_on', 'status', sql<string>`(updated_at at time zone 'UTC')::date::text`.as('changed')])
    .where('org_id', '=', orgId)
    .execute();
}

/** The start and end day of every client on file. */
export async function clientDates(db: DbOrTx, orgId: string) {
  return db.selectFrom('cl_client').select(['started_on', 'ended_on']).where('org_id', '=', orgId).execute();
}

/** Parts of the computed KPIs' fingerprint that change whenever a clients figure could (`o`: the organisation id). */
export function clientsFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || count::text || per || start_date::text || coalesce(end_date::text, '') || price_points_e4::text)), 0) FROM cl_agreement WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(points_e4), 0) FROM cl_registration WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(coalesce(started_on::text, '') || coalesce(ended_on::text, ''))), 0) FROM cl_client WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(kind || coalesce(form, '') || coalesce(category::text, '') || coalesce(voucher_points_e4::text, '') || coalesce(start_date::text, '') || coalesce(end_date::text, '') || coalesce(made_available_on::text, ''))), 0) FROM cl_funding WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM cl_waiting_request WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(valid_from::text || data::text)), 0) FROM cl_rule WHERE org_id = ${o})`,
  ];
}
