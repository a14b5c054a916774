/**
 * The strategy map of an organisation: its mission (and vision), strategic objectives per Balanced
 * Scorecard perspective, which objective supports which, and the KPIs that measure each objective.
 */
import { today } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { cockpitOf } from './cockpit.ts';
import { smartCheck } from './logic/smart.ts';
import { cycleThrough } from './logic/strategy-graph.ts';
import type { ObjectiveInput, StrategyInput } from './plan-schema.ts';
import type { StrategyMap } from './schema.ts';
import { STATEMENT_FIELDS, type StatementField } from './tables.ts';
import { msg } from './messages.ts';
import type { Role } from '../orgs/public.ts';

export type Objective = StrategyMap['objectives'][number];

export async function strategyMap(db: Db, orgId: string): Promise<StrategyMap> {
  const day = today();
  const [strategy, history, objectives, links, measures, targeted, carried, kpis, cockpit] = await Promise.all([
    db.selectFrom('perf_strategy').selectAll().where('org_id', '=', orgId).executeTakeFirst(),
    db
      .selectFrom('perf_strategy_history as h')
      .leftJoin('app_user as u', 'u.id', 'h.changed_by')
      .select(['h.id', 'h.field', 'h.before', 'h.after', 'h.changed_at', 'u.name'])
      .where('h.org_id', '=', orgId)
      .orderBy('h.changed_at', 'desc')
      .orderBy('h.id')
      .limit(200)
      .execute(),
    db
      .selectFrom('perf_objective as o')
      .leftJoin('app_user as u', 'u.id', 'o.owner_id')
      .selectAll('o')
      .select('u.name as owner_name')
      .where('o.org_id', '=', orgId)
      .orderBy('o.position')
      .orderBy('o.title')
      .execute(),
    db.selectFrom('perf_objective_link').select(['from_id', 'to_id']).where('org_id', '=', orgId).execute(),
    db.selectFrom('perf_objective_kpi').select(['objective_id', 'kpi_id']).where('org_id', '=', orgId).execute(),
    // KPIs with a target that is current or still to come: what "measurable" asks for.
    db
      .selectFrom('kpi_target')
      .select('kpi_id')
      .distinct()
      .where('org_id', '=', orgId)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
      .execute(),
    db
      .selectFrom('perf_objective_action as oa')
      .innerJoin('perf_action as a', 'a.id', 'oa.action_id')
      .select(['oa.objective_id', 'a.id', 'a.title', 'a.status'])
      .where('oa.org_id', '=', orgId)
      .orderBy('a.title')
      .execute(),
    db
      .selectFrom('kpi')
      .select(['id', 'code', 'name_nl', 'name_en', 'perspective', 'archived'])
      .where('org_id', '=', orgId)
      .orderBy('code')
      .execute(),
    cockpitOf(db, orgId),
  ]);
  const tiles = new Map(cockpit.perspectives.flatMap((p) => p.tiles).map((tile) => [tile.id, tile]));
  const withTarget = new Set(targeted.map((t) => t.kpi_id));
  return {
    mission: strategy?.mission ?? '',
    vision: strategy?.vision ?? '',
    values: strategy?.values ?? '',
    updatedAt: strategy?.updated_at.toISOString() ?? null,
    history: history.map((h) => ({
      id: h.id,
      field: h.field,
      before: h.before,
      after: h.after,
      changedBy: h.name,
      changedAt: h.changed_at.toISOString(),
    })),
    objectives: objectives.map((o) => {
      const kpiIds = measures.filter((m) => m.objective_id === o.id).map((m) => m.kpi_id);
      const actions = carried
        .filter((a) => a.objective_id === o.id)
        .map((a) => ({ id: a.id, title: a.title, status: a.status }));
      return {
        id: o.id,
        perspective: o.perspective,
        title: o.title,
        description: o.description,
        position: o.position,
        supports: links.filter((l) => l.from_id === o.id).map((l) => l.to_id),
        kpiIds,
        owner: o.owner_id ? { id: o.owner_id, name: o.owner_name ?? '' } : null,
        dueDate: o.due_date,
        resources: o.resources,
        actions,
        smart: smartCheck({
          description: o.description,
          kpisWithTarget: kpiIds.filter((id) => withTarget.has(id)).length,
          ownerId: o.owner_id,
          actions: actions.length,
          resources: o.resources,
          dueDate: o.due_date,
        }),
      };
    }),
    kpis: kpis.map((k) => {
      const latest = tiles.get(k.id)?.latest ?? null;
      return {
        id: k.id,
        code: k.code,
        nameNl: k.name_nl,
        nameEn: k.name_en,
        perspective: k.perspective,
        archived: k.archived,
        light: latest?.light ?? null,
        latest: latest && { period: latest.period, value: latest.value },
      };
    }),
  };
}

/**
 * Sets the mission, vision and values (values left out stay); every text that changes leaves a
 * line in the history: who, when, before and after.
 */
export async function saveMission(
  db: Db,
  orgId: string,
  userId: string,
  input: StrategyInput,
): Promise<StatementField[]> {
  return db.transaction().execute(async (tx) => {
    const old = await tx.selectFrom('perf_strategy').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    const before = { mission: old?.mission ?? '', vision: old?.vision ?? '', values: old?.values ?? '' };
    const after = { mission: input.mission, vision: input.vision, values: input.values ?? before.values };
    const changed = STATEMENT_FIELDS.filter((f) => before[f] !== after[f]);
    await tx
      .insertInto('perf_strategy')
      .values({ org_id: orgId, ...after })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ ...after, updated_at: new Date() }))
      .execute();
    if (changed.length)
      await tx
        .insertInto('perf_strategy_history')
        .values(
          changed.map((field) => ({
            org_id: orgId,
            field,
            before: before[field],
            after: after[field],
            changed_by: userId,
          })),
        )
        .execute();
    return changed;
  });
}
/** Objectives and KPIs named in `input` must be this organisation's, and the links must not close a cycle. */
async function checkObjective(db: DbOrTx, orgId: string, objectiveId: string, input: ObjectiveInput): Promise<void> {
  const fields: FieldError[] = [];
  const objectives = await db
    .selectFrom('perf_objective')
    .select(['id', 'title'])
    .where('org_id', '=', orgId)
    .execute();
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  input.supports.forEach((id, i) => {
    if (!titles.has(id)) fields.push({ path: `supports.${i}`, message: msg('unknown_objective') });
  });
  if (input.kpiIds.length) {
    const found = new Set(
      (
        await db.selectFrom('kpi').select('id').where('org_id', '=', orgId).where('id', 'in', input.kpiIds).execute()
      ).map((k) => k.id),
    );
    input.kpiIds.forEach((id, i) => {
      if (!found.has(id)) fields.push({ path: `kpiIds.${i}`, message: msg('unknown_indicator') });
    });
  }
  if (input.ownerId) {
    const member = await db
      .selectFrom('membership')
      .select('user_id')
      .where('org_id', '=', orgId)
      .where('user_id', '=', input.ownerId)
      .executeTakeFirst();
    if (!member) fields.push({ path: 'ownerId', message: msg('not_member_organisation') });
  }
  if (input.actionIds.length) {
    const found = new Set(
      (
        await db
          .selectFrom('perf_action')
          .select('id')
          .where('org_id', '=', orgId)
          .where('id', 'in', input.actionIds)
          .execute()
      ).map((a) => a.id),
    );
    input.actionIds.forEach((id, i) => {
      if (!found.has(id)) fields.push({ path: `actionIds.${i}`, message: msg('unknown_action') });
    });
  }
  if (fields.length) throw new AppError('validation', msg('invalid_reference_objective'), { fields });
  const links = await db
    .selectFrom('perf_objective_link')
    .select(['from_id as from', 'to_id as to'])
    .where('org_id', '=', orgId)
    .execute();
  const cycle = cycleThrough(links, objectiveId, input.supports);
  if (cycle.length) {
    titles.set(objectiveId, input.title);
    const path = cycle.map((id) => `“${titles.get(id)}”`).join(' → ');
    throw new AppError('validation', msg('objective_cannot_support_itself', { path }), {
      fields: [{ path: 'supports', message: msg('cycle_strategy_map') }],
      details: { cycle },
    });
  }
}

async function writeObjective(tx: DbOrTx, orgId: string, id: string, input: ObjectiveInput): Promise<void> {
  await tx.deleteFrom('perf_objective_link').where('from_id', '=', id).execute();
  await tx.deleteFrom('perf_objective_kpi').where('objective_id', '=', id).execute();
  await tx.deleteFrom('perf_objective_action').where('objective_id', '=', id).execute();
  // One row per distinct id of each kind of link.
  const rows = <T>(ids: string[], row: (other: string) => T) => [...new Set(ids)].map(row);
  const actions = rows(input.actionIds, (action_id) => ({ org_id: orgId, objective_id: id, action_id }));
  if (actions.length) await tx.insertInto('perf_objective_action').values(actions).execute();
  const supports = rows(input.supports, (to_id) => ({ org_id: orgId, from_id: id, to_id }));
  if (supports.length) await tx.insertInto('perf_objective_link').values(supports).execute();
  const kpis = rows(input.kpiIds, (kpi_id) => ({ org_id: orgId, objective_id: id, kpi_id }));
  if (kpis.length) await tx.insertInto('perf_objective_kpi').values(kpis).execute();
}

/** An objective's own columns, as its input gives them. */
function objectiveColumns(input: ObjectiveInput) {
  return {
    perspective: input.perspective,
    title: input.title,
    description: input.description,
    position: input.position,
    owner_id: input.ownerId,
    due_date: input.dueDate,
    resources: input.resources,
  };
}

export async function createObjective(db: Db, orgId: string, input: ObjectiveInput): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    const id = crypto.randomUUID();
    await checkObjective(tx, orgId, id, input);
    await tx
      .insertInto('perf_objective')
      .values({ id, org_id: orgId, ...objectiveColumns(input) })
      .execute();
    await writeObjective(tx, orgId, id, input);
    return { id };
  });
}

export async function updateObjective(db: Db, orgId: string, id: string, input: ObjectiveInput): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('perf_objective')
      .set(objectiveColumns(input))
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r.numUpdatedRows) throw AppError.notFound();
    await checkObjective(tx, orgId, id, input);
    await writeObjective(tx, orgId, id, input);
  });
}

export async function deleteObjective(db: Db, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('perf_objective').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** What the owner, assessor and KPI pickers offer: members by name (with their role) and the active KPIs. */
export async function pickerChoices(db: Db, orgId: string) {
  const [people, kpis] = await Promise.all([
    db
      .selectFrom('membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'm.role'])
      .where('m.org_id', '=', orgId)
      .orderBy('u.name')
      .execute(),
    db
      .selectFrom('kpi')
      .select(['id', 'code', 'name_nl', 'name_en', 'perspective'])
      .where('org_id', '=', orgId)
      .where('archived', '=', false)
      .orderBy('code')
      .execute(),
  ]);
  return {
    people: people.map((p) => ({ userId: p.id, name: p.name, role: p.role as Role })),
    kpis: kpis.map((k) => ({
      id: k.id,
      code: k.code,
      nameNl: k.name_nl,
      nameEn: k.name_en,
      perspective: k.perspective,
    })),
  };
}
