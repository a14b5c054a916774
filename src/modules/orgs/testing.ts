/** Test hooks of the orgs module for the router-wide isolation test. */
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../server/db.ts';
import { createInvitation } from './invitations.ts';

/** Routes about the caller's own invitations (no organisation in the path). */
export const MEMBER_PERSONAL_ROUTES = [
  'GET /api/invitations',
  'POST /api/invitations/:invitationId/accept',
  'POST /api/invitations/:invitationId/decline',
];

/** Sample ids of one organisation's member records, by route parameter name. */
export async function memberSamples(db: DbOrTx, orgId: string): Promise<Record<string, string>> {
  const invitation = await createInvitation(db, orgId, {
    email: `uitgenodigd.${randomUUID().slice(0, 8)}@test.be`,
    role: 'staf',
  });
  return { invitationId: invitation.id };
}
