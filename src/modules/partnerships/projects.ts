/** Innovation projects: funder, amount, funding period, linked strategic objectives, results and the continuation plan. */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { objectiveRefs } from '../performance/public.ts';
import { fundingState, yearBefore } from './logic/index.ts';
import { msg } from './messages.ts';
import type { Project, ProjectInput } from './schema.ts';

/** Every project of the organisation with its funding state on `today`, the ending funding first. */
export async function listProjects(db: DbOrTx, orgId: string, today: string): Promise<Project[]> {
  const [rows, links, objectives] = await Promise.all([
    db
      .selectFrom('pa_project')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('funding_end', (ob) => ob.asc().nullsLast())
      .orderBy('name')
      .execute(),
    db.selectFrom('pa_project_objective').select(['project_id', 'objective_id']).where('org_id', '=', orgId).execute(),
    objectiveRefs(db, orgId),
  ]);
  const title = new Map(objectives.map((o) => [o.id, o.title]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    funder: r.funder,
    amountCents: Number(r.amount_cents),
    fundingStart: r.funding_start,
    fundingEnd: r.funding_end,
    results: r.results,
    continuationPlan: r.continuation_plan,
    objectives: links
      .filter((l) => l.project_id === r.id)
      .map((l) => ({ id: l.objective_id, title: title.get(l.objective_id) ?? '' })),
    state: fundingState({ fundingEnd: r.funding_end, continuationPlan: r.continuation_plan }, today),
    warnFrom: r.funding_end ? yearBefore(r.funding_end) : null,
  }));
}

async function checkInput(db: DbOrTx, orgId: string, input: ProjectInput) {
  if (input.fundingStart && input.fundingEnd && input.fundingEnd < input.fundingStart)
    throw invalidField('fundingEnd', msg('end_before_start'));
  const known = new Set((await objectiveRefs(db, orgId)).map((o) => o.id));
  input.objectiveIds?.forEach((id, i) => {
    if (!known.has(id)) throw invalidField(`objectiveIds.${i}`, msg('unknown_objective'));
  });
}

async function nameFree(db: DbOrTx, orgId: string, name: string, except: string | null) {
  let q = db.selectFrom('pa_project').select('id').where('org_id', '=', orgId).where('name', '=', name);
  if (except) q = q.where('id', '<>', except);
  if (await q.executeTakeFirst())
    throw new AppError('conflict', msg('project_name_taken'), {
      fields: [{ path: 'name', message: msg('project_name_taken') }],
    });
}

function values(input: ProjectInput) {
  return {
    name: input.name,
    funder: input.funder ?? '',
    amount_cents: input.amountCents ?? 0,
    funding_start: input.fundingStart ?? null,
    funding_end: input.fundingEnd ?? null,
    results: input.results ?? '',
    continuation_plan: input.continuationPlan ?? '',
  };
}

async function linkObjectives(db: DbOrTx, orgId: string, projectId: string, ids: string[]) {
  await db.deleteFrom('pa_project_objective').where('org_id', '=', orgId).where('project_id', '=', projectId).execute();
  const unique = [...new Set(ids)];
  if (unique.length > 0)
    await db
      .insertInto('pa_project_objective')
      .values(unique.map((objective_id) => ({ org_id: orgId, project_id: projectId, objective_id })))
      .execute();
}

export async function createProject(db: Db, orgId: string, input: ProjectInput): Promise<string> {
  await checkInput(db, orgId, input);
  await nameFree(db, orgId, input.name, null);
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('pa_project')
      .values({ org_id: orgId, ...values(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkObjectives(tx, orgId, row.id, input.objectiveIds ?? []);
    return row.id;
  });
}

export async function updateProject(db: Db, orgId: string, id: string, input: ProjectInput): Promise<void> {
  await checkInput(db, orgId, input);
  await nameFree(db, orgId, input.name, id);
  await db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('pa_project')
      .set(values(input))
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r.numUpdatedRows) throw AppError.notFound();
    if (input.objectiveIds) await linkObjectives(tx, orgId, id, input.objectiveIds);
  });
}

export async function deleteProject(db: Db, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('pa_project').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** The projects by id, for the pickers and labels of other modules. */
export async function projectRefs(db: DbOrTx, orgId: string) {
  return db.selectFrom('pa_project').select(['id', 'name']).where('org_id', '=', orgId).orderBy('name').execute();
}
