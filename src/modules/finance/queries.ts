/**
 * Kysely queries of the cost model and the scenarios (the ledger's are in queries-ledger.ts). Every
 * function takes the organisation id; checks and reports are in costing.ts and planning.ts.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { CostModelDoc, Scenario, ScenarioDoc } from './schema.ts';

export function emptyModel(year: number): CostModelDoc {
  return { year, centres: [], keys: [], rules: [], stepOrder: [], assignments: [] };
}

export async function getModel(db: DbOrTx, orgId: string, year: number): Promise<CostModelDoc> {
  const row = await db
    .selectFrom('fin_cost_model')
    .select('doc')
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row ? { ...row.doc, year } : emptyModel(year);
}

/** Saves a year's model, already checked, whole. */
export async function upsertModel(db: DbOrTx, orgId: string, userId: string | null, doc: CostModelDoc) {
  await db
    .insertInto('fin_cost_model')
    .values({ org_id: orgId, year: doc.year, doc: JSON.stringify(doc), updated_by: userId })
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'year'])
        .doUpdateSet({ doc: JSON.stringify(doc), updated_by: userId, updated_at: sql`now()` }),
    )
    .execute();
}

function present(r: { id: string; year: number; name: string; doc: ScenarioDoc }): Scenario {
  return { id: r.id, year: r.year, name: r.name, ...r.doc };
}

export async function listScenarios(db: DbOrTx, orgId: string, year: number): Promise<Scenario[]> {
  const rows = await db
    .selectFrom('fin_scenario')
    .select(['id', 'year', 'name', 'doc'])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .orderBy('created_at')
    .execute();
  return rows.map(present);
}

export async function saveScenario(
  db: DbOrTx,
  orgId: string,
  input: Omit<Scenario, 'id'>,
  id?: string,
): Promise<Scenario> {
  const doc: ScenarioDoc = { volumeFrom: input.volumeFrom, volumeTo: input.volumeTo, lines: input.lines };
  const values = { org_id: orgId, year: input.year, name: input.name, doc: JSON.stringify(doc) };
  const row = id
    ? await db
        .updateTable('fin_scenario')
        .set({ ...values, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('org_id', '=', orgId)
        .returning(['id', 'year', 'name', 'doc'])
        .executeTakeFirst()
    : await db.insertInto('fin_scenario').values(values).returning(['id', 'year', 'name', 'doc']).executeTakeFirst();
  if (!row) throw AppError.notFound();
  return present(row);
}

export async function deleteScenario(db: DbOrTx, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('fin_scenario').where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}
