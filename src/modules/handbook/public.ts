/**
 * What other modules may use of the handbook (see docs/architecture.md): for Home, the documents whose
 * review date falls within 60 days (or has passed), as the handbook overview lists them to those who write.
 */
import type { Db } from '../../server/db.ts';
import type { Role } from '../orgs/public.ts';
import { handbookOverview } from './handbook.ts';

export async function handbookReviewsDue(db: Db, caller: { orgId: string; userId: string; role: Role; today: string }) {
  return (await handbookOverview(db, caller, {})).reviewDue;
}
