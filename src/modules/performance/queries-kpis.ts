/** The Kysely queries of the KPI catalogue and its targets; every one takes the organisation id. */
import { type Insertable, type Selectable, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { Role } from '../orgs/public.ts';
import type { Target } from './logic/index.ts';
import type { KpiTable } from './tables.ts';

export type KpiRow = Selectable<KpiTable>;

/** How the cockpit and the value grid head a KPI: its names and how its figures are shown and judged. */
export function kpiHeading(r: Pick<KpiRow, 'id' | 'code' | 'name_nl' | 'name_en' | 'unit' | 'decimals' | 'direction'>) {
  return {
    id: r.id,
    code: r.code,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    unit: r.unit,
    decimals: r.decimals,
    direction: r.direction,
  };
}

export function kpiDto(r: KpiRow) {
  return {
    id: r.id,
    code: r.code,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    definitionNl: r.definition_nl,
    definitionEn: r.definition_en,
    unit: r.unit,
    decimals: r.decimals,
    direction: r.direction,
    frequency: r.frequency,
    ownerId: r.owner_id,
    source: r.source,
    formula: r.formula,
    perspective: r.perspective,
    cafCriterion: r.caf_criterion,
    mape: r.mape,
    valueMin: r.value_min === null ? null : Number(r.value_min),
    valueMax: r.value_max === null ? null : Number(r.value_max),
    archived: r.archived,
  };
}
export type KpiDto = ReturnType<typeof kpiDto>;

export async function getKpi(db: DbOrTx, orgId: string, kpiId: string): Promise<KpiRow> {
  const row = await db
    .selectFrom('kpi')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', kpiId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

export async function listKpis(db: DbOrTx, orgId: string, includeArchived = false) {
  let q = db.selectFrom('kpi').selectAll().where('org_id', '=', orgId);
  if (!includeArchived) q = q.where('archived', '=', false);
  return (await q.orderBy('perspective').orderBy('code').execute()).map(kpiDto);
}

/** Whether the person is a member of the organisation (a KPI's owner must be). */
export async function isMember(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const m = await db
    .selectFrom('membership')
    .select('id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Boolean(m);
}

/** Whether a KPI has any stored value. */
export async function hasValues(db: DbOrTx, orgId: string, kpiId: string): Promise<boolean> {
  const has = await db
    .selectFrom('kpi_value')
    .select('id')
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .limit(1)
    .executeTakeFirst();
  return Boolean(has);
}

/** The id of the organisation's KPI with this code, if any. */
export async function kpiIdOfCode(db: DbOrTx, orgId: string, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('kpi')
    .select('id')
    .where('org_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** The codes of the organisation's KPIs. */
export async function kpiCodes(db: DbOrTx, orgId: string): Promise<Set<string>> {
  return new Set((await db.selectFrom('kpi').select('code').where('org_id', '=', orgId).execute()).map((r) => r.code));
}

export async function deleteKpi(db: DbOrTx, orgId: string, kpiId: string): Promise<void> {
  const r = await db.deleteFrom('kpi').where('org_id', '=', orgId).where('id', '=', kpiId).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

export function targetDto(r: {
  id: string;
  valid_from: string;
  valid_to: string | null;
  target: string;
  red_threshold: string;
}) {
  return {
    id: r.id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    target: Number(r.target),
    redThreshold: Number(r.red_threshold),
  };
}

export async function listTargets(db: DbOrTx, orgId: string, kpiId: string) {
  const rows = await db
    .selectFrom('kpi_target')
    .select(['id', 'valid_from', 'valid_to', 'target', 'red_threshold'])
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .orderBy('valid_from')
    .execute();
  return rows.map(targetDto);
}

/** Targets per KPI id of an organisation (optionally only some KPIs). */
export async function targetsByKpi(
  db: DbOrTx,
  orgId: string,
  kpiIds?: string[],
): Promise<Map<string, (Target & { id: string })[]>> {
  let q = db
    .selectFrom('kpi_target')
    .select(['id', 'kpi_id', 'valid_from', 'valid_to', 'target', 'red_threshold'])
    .where('org_id', '=', orgId);
  if (kpiIds) {
    if (!kpiIds.length) return new Map();
    q = q.where('kpi_id', 'in', kpiIds);
  }
  const out = new Map<string, (Target & { id: string })[]>();
  for (const r of await q.execute()) {
    const list = out.get(r.kpi_id) ?? [];
    list.push(targetDto(r));
    out.set(r.kpi_id, list);
  }
  return out;
}

const TARGET_COLUMNS = ['id', 'valid_from', 'valid_to', 'target', 'red_threshold'] as const;
export interface TargetColumns {
  valid_from: string;
  valid_to: string | null;
  target: number;
  red_threshold: number;
}

export async function insertTarget(db: DbOrTx, orgId: string, kpiId: string, t: TargetColumns) {
  const row = await db
    .insertInto('kpi_target')
    .values({ org_id: orgId, kpi_id: kpiId, ...t })
    .returning(TARGET_COLUMNS)
    .executeTakeFirstOrThrow();
  return targetDto(row);
}

export async function updateTargetRow(db: DbOrTx, orgId: string, kpiId: string, targetId: string, t: TargetColumns) {
  const row = await db
    .updateTable('kpi_target')
    .set(t)
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .where('id', '=', targetId)
    .returning(TARGET_COLUMNS)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return targetDto(row);
}

export async function deleteTarget(db: DbOrTx, orgId: string, kpiId: string, targetId: string) {
  const r = await db
    .deleteFrom('kpi_target')
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .where('id', '=', targetId)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** Members who can own a KPI (for the owner field). */
export async function ownerChoices(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.role'])
    .where('m.org_id', '=', orgId)
    .orderBy(sql`lower(u.name)`)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }));
}

/** The columns of a KPI row (all but the id, organisation, code and archived flag). */
export type KpiColumns = Omit<Insertable<KpiTable>, 'id' | 'org_id' | 'code' | 'archived' | 'created_at'>;

/** Inserts a KPI; undefined when the organisation already has its code. */
export async function insertKpi(db: DbOrTx, orgId: string, code: string, columns: KpiColumns) {
  const row = await db
    .insertInto('kpi')
    .values({ org_id: orgId, code, ...columns })
    .onConflict((oc) => oc.columns(['org_id', 'code']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && kpiDto(row);
}

export async function updateKpiRow(
  db: DbOrTx,
  orgId: string,
  kpiId: string,
  set: KpiColumns & { code: string; archived: boolean },
) {
  const row = await db
    .updateTable('kpi')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', kpiId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return kpiDto(row);
}

/** Inserts several KPIs, each with its first target; answers how many. */
export async function insertKpisWithTargets(
  db: DbOrTx,
  orgId: string,
  kpis: (KpiColumns & { code: string; target: TargetColumns })[],
): Promise<number> {
  if (!kpis.length) return 0;
  const rows = await db
    .insertInto('kpi')
    .values(kpis.map(({ target: _t, ...k }) => ({ org_id: orgId, ...k })))
    .returning(['id', 'code'])
    .execute();
  const byCode = new Map(kpis.map((k) => [k.code, k.target]));
  await db
    .insertInto('kpi_target')
    .values(rows.map((r) => ({ org_id: orgId, kpi_id: r.id, ...byCode.get(r.code)! })))
    .execute();
  return rows.length;
}
