import type { DbOrTx } from '../../server/db.ts';
import type { Perspective } from './tables.ts';

/** A KPI as another module links to it. */
export interface KpiLinkRef {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
}
/** A strategic objective as another module links to it. */
export interface ObjectiveRef {
  id: string;
  title: string;
  perspective: Perspective;
}

/** The organisation's KPIs (archived ones too, so an old link keeps its name), by code; only `ids` when given. */
async function kpiRows(db: DbOrTx, orgId: string, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('kpi').select(['id', 'code', 'name_nl', 'name_en', 'archived']).where('org_id', '=', orgId);
  if (ids) q = q.where('id', 'in', ids);
  return q.orderBy('code').execute();
}

/** The organisation's KPIs as links show them (code and both names), by code. */
export async function kpiRefs(db: DbOrTx, orgId: string): Promise<KpiLinkRef[]> {
  const rows = await kpiRows(db, orgId);
  return rows.map((k) => ({ id: k.id, code: k.code, nameNl: k.name_nl, nameEn: k.name_en }));
}

/** The organisation's strategic objectives, in map order. */
export async function objectiveRefs(db: DbOrTx, orgId: string): Promise<ObjectiveRef[]> {
  return db
    .selectFrom('perf_objective')
    .select(['id', 'title', 'perspective'])
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('title')
    .execute();
}

export interface PerformanceRef {
  id: string;
  label: string;
  open: boolean;
}

/** The organisation's KPIs as one label (`code name`); `open` while the KPI is not archived. */
export async function kpiLabels(db: DbOrTx, orgId: string, ids?: string[]): Promise<PerformanceRef[]> {
  const rows = await kpiRows(db, orgId, ids);
  return rows.map((r) => ({ id: r.id, label: `${r.code} ${r.name_nl}`, open: !r.archived }));
}

/** The organisation's improvement actions; `open` while the action is not done. */
export async function actionRefs(db: DbOrTx, orgId: string, ids?: string[]): Promise<PerformanceRef[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('perf_action').select(['id', 'title', 'status']).where('org_id', '=', orgId);
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.orderBy('title').execute();
  return rows.map((r) => ({ id: r.id, label: r.title, open: r.status !== 'done' }));
}
