/**
 * The workers placed by social-economy partners, as people to match (social-economy/public.ts): their
 * talents, language level and hours; competences are not recorded for them (scored neutral).
 */
import type { DbOrTx } from '../../server/db.ts';
import { placedWorkerProfiles } from '../social-economy/public.ts';
import { languageLevelOf, type MatchPerson } from './logic/match.ts';

export async function placedWorkersForMatching(db: DbOrTx, orgId: string): Promise<MatchPerson[]> {
  return (await placedWorkerProfiles(db, orgId)).map((w) => ({
    id: w.id,
    kind: 'placed_worker',
    name: `${w.name} (${w.partnerName})`,
    competenceIds: null,
    talents: w.talents,
    languageLevel: languageLevelOf(w.languageLevel),
    hoursAvailable: w.hoursPerWeek,
  }));
}
