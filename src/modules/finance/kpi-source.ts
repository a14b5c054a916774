/** What finance contributes to the KPIs of its organisation (and to the clients' cost per FTE). */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { balanceTotalCents } from './logic/balance-total.ts';
import { getModel } from './queries.ts';
import { ledgerTotals } from './queries-ledger.ts';

/** The years with a current ledger, oldest first. */
export async function ledgerYears(db: DbOrTx, orgId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('fin_ledger_import')
    .select('year')
    .distinct()
    .where('org_id', '=', orgId)
    .where('is_current', '=', true)
    .orderBy('year')
    .execute();
  return rows.map((r) => r.year);
}

/**
 * Yearly cost of one FTE: personnel costs (62) of the latest year with a current ledger, divided by the
 * FTE of that year's cost model (its keys with driver 'fte'); null without a ledger, FTE or personnel costs.
 */
export async function personnelCostPerFte(db: DbOrTx, orgId: string): Promise<number | null> {
  const latest = (await ledgerYears(db, orgId)).at(-1);
  if (latest === undefined) return null;
  const model = await getModel(db, orgId, latest);
  const fte = model.keys
    .filter((k) => k.driver === 'fte')
    .reduce((a, k) => a + Object.values(k.quantities).reduce((x, y) => x + y, 0), 0);
  const personnel = (await ledgerTotals(db, orgId, latest))
    .filter((l) => l.account.startsWith('62'))
    .reduce((a, l) => a + l.amountCents, 0);
  return fte > 0 && personnel > 0 ? Math.round(personnel / fte) : null;
}

/**
 * Parts of the computed KPIs' fingerprint (performance/computed-fingerprint.ts) that change whenever a
 * finance figure could: one scalar subquery per table, for `o` the organisation id as a literal.
 */
export function financeFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(max(imported_at)::text, '') FROM fin_ledger_import WHERE org_id = ${o} AND is_current)`,
    sql`(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM fin_cost_model WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(code || coalesce(income_type, ''))), 0) FROM fin_account WHERE org_id = ${o})`,
  ];
}

/**
 * What the sociale balans reads of a year's current ledger: personnel costs 620-623 (the cross-check of
 * code 1023), revenues 70-74 (the turnover of the size criteria), both in natural sign, and the balance
 * total (total assets; null when the ledger holds no balance-sheet account, classes 1-5); null without
 * a current ledger for that year.
 */
export async function socialBalanceLedger(
  db: DbOrTx,
  orgId: string,
  year: number,
): Promise<{ personnelCents: number; turnoverCents: number; balanceTotalCents: number | null } | null> {
  if (!(await ledgerYears(db, orgId)).includes(year)) return null;
  let personnelCents = 0;
  let turnoverCents = 0;
  const totals = await ledgerTotals(db, orgId, year);
  for (const l of totals) {
    if (/^62[0-3]/.test(l.account)) personnelCents += l.amountCents;
    if (/^7[0-4]/.test(l.account)) turnoverCents -= l.amountCents;
  }
  return { personnelCents, turnoverCents, balanceTotalCents: balanceTotalCents(totals) };
}
