/**
 * The strategy map of an organisation: its mission (and vision), strategic objectives per Balanced
 * Scorecard perspective, which objective supports which, and the KPIs that measure each objective.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { cockpitOf } from './cockpit.ts';
import type { Light } from './logic/index.ts';
import { cycleThrough } from './logic/strategy-graph.ts';
import type { ObjectiveInput } from './plan-schema.ts';
import type { Perspective } from './tables.ts';
import { msg } from './messages.ts';
import type { Role } from '../orgs/public.ts';

export interface Objective {
  id: string;
  perspective: Perspective;
  title: string;
  description: string;
  position: number;
  supports: string[];
  kpiIds: string[];
}

export interface StrategyMap {
  mission: string;
  vision: string;
  updatedAt: string | null;
  objectives: Objective[];
  /** The organisation's KPIs with their latest value and traffic light (from the cockpit). */
  kpis: {
    id: string;
    code: string;
    nameNl: string;
    nameEn: string;
    perspective: Perspective;
    archived: boolean;
    light: Light | null;
    latest: { period: string; value: number } | null;
  }[];
}

export async function strategyMap(db: Db, orgId: string): Promise<StrategyMap> {
  const [strategy, objectives, links, measures, kpis, cockpit] = await Promise.all([
    db.selectFrom('perf_strategy').selectAll().where('org_id', '=', orgId).executeTakeFirst(),
    db
      .selectFrom('perf_objective')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('position')
      .orderBy('title')
      .execute(),
    db.selectFrom('perf_objective_link').select(['from_id', 'to_id']).where('org_id', '=', orgId).execute(),
    db.selectFrom('perf_objective_kpi').select(['objective_id', 'kpi_id']).where('org_id', '=', orgId).execute(),
    db
      .selectFrom('kpi')
      .select(['id', 'code', 'name_nl', 'name_en', 'perspective', 'archived'])
      .where('org_id', '=', orgId)
      .orderBy('code')
      .execute(),
    cockpitOf(db, orgId),
  ]);
  const tiles = new Map(cockpit.perspectives.flatMap((p) => p.tiles).map((tile) => [tile.id, tile]));
  return {
    mission: strategy?.mission ?? '',
    vision: strategy?.vision ?? '',
    updatedAt: strategy?.updated_at.toISOString() ?? null,
    objectives: objectives.map((o) => ({
      id: o.id,
      perspective: o.perspective,
      title: o.title,
      description: o.description,
      position: o.position,
      supports: links.filter((l) => l.from_id === o.id).map((l) => l.to_id),
      kpiIds: measures.filter((m) => m.objective_id === o.id).map((m) => m.kpi_id),
    })),
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

export async function saveMission(db: Db, orgId: string, input: { mission: string; vision: string }): Promise<void> {
  await db
    .insertInto('perf_strategy')
    .values({ org_id: orgId, mission: input.mission, vision: input.vision })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({ mission: input.mission, vision: input.vision, updated_at: new Date() }),
    )
    .execute();
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
  const supports = [...new Set(input.supports)];
  if (supports.length)
    await tx
      .insertInto('perf_objective_link')
      .values(supports.map((to_id) => ({ org_id: orgId, from_id: id, to_id })))
      .execute();
  const kpiIds = [...new Set(input.kpiIds)];
  if (kpiIds.length)
    await tx
      .insertInto('perf_objective_kpi')
      .values(kpiIds.map((kpi_id) => ({ org_id: orgId, objective_id: id, kpi_id })))
      .execute();
}

export async function createObjective(db: Db, orgId: string, input: ObjectiveInput): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    const id = crypto.randomUUID();
    await checkObjective(tx, orgId, id, input);
    await tx
      .insertInto('perf_objective')
      .values({
        id,
        org_id: orgId,
        perspective: input.perspective,
        title: input.title,
        description: input.description,
        position: input.position,
      })
      .execute();
    await writeObjective(tx, orgId, id, input);
    return { id };
  });
}

export async function updateObjective(db: Db, orgId: string, id: string, input: ObjectiveInput): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const r = await tx
      .updateTable('perf_objective')
      .set({
        perspective: input.perspective,
        title: input.title,
        description: input.description,
        position: input.position,
      })
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
