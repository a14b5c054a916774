/**
 * The workers placed by social-economy partners, as people to match (social-economy/public.ts).
 * Until that module is merged, there are none.
 */
import type { DbOrTx } from '../../server/db.ts';
import type { MatchPerson } from './logic/match.ts';

export async function placedWorkersForMatching(_db: DbOrTx, _orgId: string): Promise<MatchPerson[]> {
  return [];
}
