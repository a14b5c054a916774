/**
 * What of the social economy a caller sees: the whole organisation, or (the `partner` role, by the
 * record-level rule in orgs/policy.ts) only the one partner enterprise they are linked to.
 */
import type { DbOrTx } from '../../server/db.ts';
import { partnerScope, type Role } from '../orgs/public.ts';

/** `partnerId` null: every partner of the organisation; else only that partner's records. */
export interface Scope {
  partnerId: string | null;
}
export const WHOLE_ORG: Scope = { partnerId: null };

/** Matches no partner: the scope of a partner member not linked to an enterprise yet (sees nothing). */
export const NO_PARTNER = '00000000-0000-0000-0000-000000000000';

/** The scope of `userId` with `role` in `orgId`; a partner member not linked to an enterprise sees nothing. */
export async function scopeOf(db: DbOrTx, orgId: string, userId: string, role: Role): Promise<Scope> {
  if (partnerScope(role) === 'organisation') return WHOLE_ORG;
  const link = await db
    .selectFrom('se_partner_member')
    .select('partner_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { partnerId: link?.partner_id ?? NO_PARTNER };
}

/** True when a record of `partnerId` lies inside the scope. */
export const inScope = (scope: Scope, partnerId: string) => scope.partnerId === null || scope.partnerId === partnerId;
