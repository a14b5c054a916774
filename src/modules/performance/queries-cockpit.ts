/** The Kysely and SQL queries of the cockpit, the KPI page and the board; every one takes the organisation id. */
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import type { KpiDto } from './queries-kpis.ts';
import type { Perspective } from './tables.ts';

export const SPARKLINE = 24;

interface TileRow {
  id: string;
  code: string;
  name_nl: string;
  name_en: string;
  unit: KpiDto['unit'];
  decimals: number;
  direction: 'up' | 'down';
  frequency: KpiDto['frequency'];
  owner_id: string | null;
  source: KpiDto['source'];
  perspective: Perspective;
  caf_criterion: number | null;
  mape: KpiDto['mape'];
  owner_name: string | null;
  /** The last 24 values, oldest first, as "period value hasNote source,…" (one row per KPI: PGlite pays per row). */
  spark: string | null;
  last_note: string | null;
  open_actions: number;
}

/** Every KPI (not archived) with its owner's name, its last values and its open actions: one row per KPI. */
export function tileRows(db: Db, orgId: string, perspective?: Perspective): Promise<TileRow[]> {
  return sql<TileRow>`
    SELECT k.id, k.code, k.name_nl, k.name_en, k.unit, k.decimals, k.direction, k.frequency, k.owner_id, k.source, k.perspective, k.caf_criterion, k.mape,
      u.name AS owner_name, v.spark, v.last_note,
      (SELECT count(*)::int FROM perf_action_kpi ak JOIN perf_action a ON a.id = ak.action_id AND a.org_id = ak.org_id
        WHERE ak.org_id = k.org_id AND ak.kpi_id = k.id AND a.status <> 'done') AS open_actions
    FROM kpi k
    LEFT JOIN app_user u ON u.id = k.owner_id
    CROSS JOIN LATERAL (
      SELECT string_agg(period || ' ' || value::text || ' ' || (note <> '')::int || ' ' || source, ',' ORDER BY period) AS spark,
        (array_agg(note ORDER BY period DESC))[1] AS last_note
      FROM (SELECT period, value, note, source FROM kpi_value x WHERE x.kpi_id = k.id ORDER BY period DESC LIMIT ${SPARKLINE}) y
    ) v
    WHERE k.org_id = ${orgId} AND NOT k.archived ${perspective ? sql`AND k.perspective = ${perspective}` : sql``}
    ORDER BY k.code`
    .execute(db)
    .then((r) => r.rows);
}

/** Improvement actions linked to KPIs (all, or only open ones). */
export async function actionsOfKpis(db: Db, orgId: string, kpiIds: string[], onlyOpen = false) {
  if (!kpiIds.length) return [];
  let q = db
    .selectFrom('perf_action_kpi as ak')
    .innerJoin('perf_action as a', (j) => j.onRef('a.id', '=', 'ak.action_id').onRef('a.org_id', '=', 'ak.org_id'))
    .leftJoin('app_user as u', 'u.id', 'a.owner_id')
    .select(['ak.kpi_id as kpiId', 'a.id', 'a.title', 'a.status', 'a.due_date as dueDate', 'u.name as ownerName'])
    .where('ak.org_id', '=', orgId)
    .where('ak.kpi_id', 'in', kpiIds);
  if (onlyOpen) q = q.where('a.status', '<>', 'done');
  return q.orderBy('a.due_date').execute();
}

/** Every value of a KPI with who entered it, oldest first. */
export function valuesOfKpi(db: Db, orgId: string, kpiId: string) {
  return db
    .selectFrom('kpi_value as v')
    .leftJoin('app_user as u', 'u.id', 'v.entered_by')
    .select(['v.period', 'v.value', 'v.note', 'v.source', 'v.computation', 'v.updated_at', 'u.name as entered_by'])
    .where('v.org_id', '=', orgId)
    .where('v.kpi_id', '=', kpiId)
    .orderBy('v.period')
    .execute();
}

/** The strategic objectives a KPI measures. */
export function objectivesOfKpi(db: Db, orgId: string, kpiId: string) {
  return db
    .selectFrom('perf_objective_kpi as ok')
    .innerJoin('perf_objective as o', (j) =>
      j.onRef('o.id', '=', 'ok.objective_id').onRef('o.org_id', '=', 'ok.org_id'),
    )
    .select(['o.id', 'o.title', 'o.perspective'])
    .where('ok.org_id', '=', orgId)
    .where('ok.kpi_id', '=', kpiId)
    .execute();
}

/** The name of a KPI's owner, or null. */
export async function ownerNameOfKpi(db: Db, orgId: string, kpiId: string): Promise<string | null> {
  const row = await db
    .selectFrom('kpi as k')
    .innerJoin('app_user as u', 'u.id', 'k.owner_id')
    .select('u.name')
    .where('k.org_id', '=', orgId)
    .where('k.id', '=', kpiId)
    .executeTakeFirst();
  return row?.name ?? null;
}

export async function organisationName(db: Db, orgId: string): Promise<string> {
  const row = await db.selectFrom('organisation').select('name').where('id', '=', orgId).executeTakeFirstOrThrow();
  return row.name;
}
