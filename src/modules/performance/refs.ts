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

/** The organisation's KPIs (archived ones too: an old link keeps its name), by code. */
export async function kpiRefs(db: DbOrTx, orgId: string): Promise<KpiLinkRef[]> {
  const rows = await db
    .selectFrom('kpi')
    .select(['id', 'code', 'name_nl', 'name_en'])
    .where('org_id', '=', orgId)
    .orderBy('code')
    .execute();
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
