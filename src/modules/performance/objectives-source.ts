/**
 * What other modules read of the strategy map and the board view: the strategic objectives by title (for
 * the objectives an innovation project or a decision serves) — plain queries on performance's own tables.
 */
import type { DbOrTx } from '../../server/db.ts';

export interface ObjectiveRef {
  id: string;
  title: string;
  perspective: string;
}

/** The organisation's strategic objectives, in the order of the strategy map. */
export async function objectiveRefs(db: DbOrTx, orgId: string): Promise<ObjectiveRef[]> {
  return db
    .selectFrom('perf_objective')
    .select(['id', 'title', 'perspective'])
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('title')
    .execute();
}
