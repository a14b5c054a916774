import type { Db } from '../../server/db.ts';

/** A survey as another module links to it (a SWOT item's evidence, what a stakeholder cares about). */
export interface SurveyRef {
  id: string;
  title: string;
  audience: 'staff' | 'clients';
  status: 'draft' | 'open' | 'closed';
}

/** The organisation's surveys, newest first: id, Dutch title (or the first language it has), audience, status. */
export async function surveyRefs(db: Db, orgId: string): Promise<SurveyRef[]> {
  const rows = await db
    .selectFrom('survey')
    .select(['id', 'title', 'audience', 'status'])
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    title: s.title.nl ?? s.title.en ?? s.title.fr ?? '',
    audience: s.audience,
    status: s.status,
  }));
}
