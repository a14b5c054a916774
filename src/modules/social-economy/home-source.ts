/**
 * What Home shows of social economy: the warnings of the whole organisation (a phase of a transition
 * trajectory ending within 14 days, an LDE transition deadline within 180 days, or either overdue), the
 * same as the overview's. Home asks only for a role that manages social economy.
 */
import type { DbOrTx } from '../../server/db.ts';
import { WHOLE_ORG } from './scope.ts';
import { warnings } from './trajectories.ts';

export async function socialEconomySignals(db: DbOrTx, orgId: string, today: string) {
  return warnings(db, orgId, WHOLE_ORG, today);
}
