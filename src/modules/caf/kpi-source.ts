/** What CAF contributes to the KPIs of its organisation, and the rounds an improvement action may refer to. */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';

/** Every finished round with its day (finished, else started), mean consensus score and number of subcriteria. */
export async function finishedRoundScores(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('caf_assessment as a')
    .innerJoin('caf_consensus as c', (j) => j.onRef('c.assessment_id', '=', 'a.id').onRef('c.org_id', '=', 'a.org_id'))
    .select([
      'a.id',
      'a.name',
      sql<string>`coalesce(a.finished_on, a.started_on)::text`.as('day'),
      sql<string>`avg(c.score)::float8`.as('mean'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('a.org_id', '=', orgId)
    .where('a.status', '=', 'finished')
    .groupBy(['a.id', 'a.name', 'a.finished_on', 'a.started_on'])
    .orderBy('day')
    .execute();
}

/** The ids among `ids` that are rounds (self-assessments) of the organisation. */
export async function existingAssessments(db: DbOrTx, orgId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('caf_assessment')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Parts of the computed KPIs' fingerprint that change whenever a CAF figure could (`o`: the organisation id). */
export function cafFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(status || coalesce(finished_on::text, ''))), 0) FROM caf_assessment WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(max(decided_at)::text, '') || ':' || coalesce(sum(score), 0) FROM caf_consensus WHERE org_id = ${o})`,
  ];
}
