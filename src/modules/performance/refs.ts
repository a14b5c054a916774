/**
 * Short references to the KPIs and improvement actions, for other modules that link to them (the
 * handbook's procedures): id, a label and, for actions, whether the action is still open.
 */
import type { DbOrTx } from '../../server/db.ts';

export interface PerformanceRef {
  id: string;
  label: string;
  open: boolean;
}

/** The organisation's KPIs (archived ones too, so an old link keeps its name), by code. */
export async function kpiRefs(db: DbOrTx, orgId: string, ids?: string[]): Promise<PerformanceRef[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('kpi').select(['id', 'code', 'name_nl', 'archived']).where('org_id', '=', orgId);
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.orderBy('code').execute();
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
