/**
 * Registrations valued at the price that applies on their date (logic/valuation.ts): the agreed
 * price of the client's IDO, else the offer's price, RTH at its rule-table points. A registration
 * stores its points, price and price source; when an agreement line or an offer price changes, the
 * registrations it touches are valued again here, so consumption and statements (which sum the
 * stored points) and a correction of an issued month always follow the same valuation.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import {
  ClientsLogicError,
  valueRegistration,
  type PricePeriod,
  type RthUnitType,
  type RuleSet,
  type ValuationBasis,
} from './logic/index.ts';
import { listFunctions, type SupportFunction } from './offer.ts';

/** The valuation bases of `clientIds` (every client of the organisation when absent) per client and function. */
export async function valuationBases(db: DbOrTx, orgId: string, clientIds?: readonly string[]) {
  if (clientIds && clientIds.length === 0)
    return { functions: new Map<string, SupportFunction>(), basis: () => undefined };
  let query = db
    .selectFrom('cl_agreement')
    .select(['client_id', 'function_code', 'price_points_e4', 'start_date', 'end_date'])
    .where('org_id', '=', orgId)
    .orderBy('start_date');
  if (clientIds) query = query.where('client_id', 'in', [...clientIds]);
  const [functions, agreements] = await Promise.all([listFunctions(db, orgId), query.execute()]);
  const byCode = new Map(functions.map((f) => [f.code, f]));
  const agreed = new Map<string, PricePeriod[]>();
  for (const a of agreements) {
    const key = `${a.client_id}|${a.function_code}`;
    (agreed.get(key) ?? agreed.set(key, []).get(key)!).push({
      validFrom: a.start_date,
      validTo: a.end_date,
      priceE4: Number(a.price_points_e4),
    });
  }
  /** The basis of one client's function; undefined when the function is not in the offer. */
  const basis = (clientId: string, functionCode: string): ValuationBasis | undefined => {
    const fn = byCode.get(functionCode);
    if (!fn) return undefined;
    return {
      name: fn.name,
      kind: fn.kind,
      rthUnitType: fn.rthUnitType as RthUnitType | null,
      offer: fn.prices.map((p) => ({ validFrom: p.validFrom, validTo: p.validTo, priceE4: p.pointsE4 })),
      agreements: agreed.get(`${clientId}|${functionCode}`) ?? [],
    };
  };
  return { functions: byCode, basis };
}

/**
 * Values the organisation's registrations again (of one client and/or function when given) and
 * stores those whose points or price changed. Registrations on a date without any price keep
 * their value. Returns the number of registrations changed.
 */
export async function revalueRegistrations(
  db: DbOrTx,
  orgId: string,
  rules: RuleSet,
  scope: { clientId?: string; functionCode?: string } = {},
): Promise<number> {
  let query = db
    .selectFrom('cl_registration')
    .select(['id', 'client_id', 'function_code', 'date', 'units', 'points_e4', 'price_e4', 'price_source'])
    .where('org_id', '=', orgId);
  if (scope.clientId) query = query.where('client_id', '=', scope.clientId);
  if (scope.functionCode) query = query.where('function_code', '=', scope.functionCode);
  const rows = await query.execute();
  if (rows.length === 0) return 0;
  const { basis } = await valuationBases(db, orgId, scope.clientId ? [scope.clientId] : undefined);
  const changed: { id: string; points: number; price: number; source: string }[] = [];
  for (const r of rows) {
    const b = basis(r.client_id, r.function_code);
    if (!b) continue;
    try {
      const v = valueRegistration(Number(r.units), r.date, b, rules);
      if (
        v.pointsE4 !== Number(r.points_e4) ||
        v.priceE4 !== (r.price_e4 === null ? null : Number(r.price_e4)) ||
        v.source !== r.price_source
      ) {
        changed.push({ id: r.id, points: v.pointsE4, price: v.priceE4, source: v.source });
      }
    } catch (e) {
      if (!(e instanceof ClientsLogicError)) throw e;
    }
  }
  for (let i = 0; i < changed.length; i += 10_000) {
    const part = changed.slice(i, i + 10_000);
    await sql`UPDATE cl_registration r SET points_e4 = v.points, price_e4 = v.price, price_source = v.source, updated_at = now()
      FROM unnest(${part.map((c) => c.id)}::uuid[], ${part.map((c) => String(c.points))}::bigint[], ${part.map((c) => String(c.price))}::bigint[], ${part.map((c) => c.source)}::text[]) AS v(id, points, price, source)
      WHERE r.org_id = ${orgId}::uuid AND r.id = v.id`.execute(db);
  }
  return changed.length;
}
