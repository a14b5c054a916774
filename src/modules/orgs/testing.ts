/** Test hooks of the orgs module: samples for the router-wide isolation test, and the API calls the member tests repeat. */
import { randomUUID } from 'node:crypto';
import type { paths } from '../../lib/api-paths.ts';
import type { DbOrTx } from '../../server/db.ts';
import { answer, type Client } from '../../server/testing.ts';
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

/** A logged-in administrator and their organisation, as `orgWithMember` returns them. */
interface Admin {
  client: Client;
  org: { id: string };
}
type NewMember = paths['/orgs/{orgId}/members']['post']['requestBody']['content']['application/json'];
type SettingsChange = paths['/orgs/{orgId}']['patch']['requestBody']['content']['application/json'];

/** The administrator changes the organisation's settings (name, KBO, fiscal year, language). */
export function changeSettings(admin: Admin, body: SettingsChange) {
  return answer(admin.client.api.PATCH('/orgs/{orgId}', { params: { path: { orgId: admin.org.id } }, body }));
}

/** The organisation as the caller sees it. */
export function settingsOf(admin: Admin) {
  return answer(admin.client.api.GET('/orgs/{orgId}', { params: { path: { orgId: admin.org.id } } }));
}

/** The administrator adds a person on the members page: a member at once, or an invitation for an existing account. */
export function addMemberAs(admin: Admin, body: NewMember) {
  return answer(admin.client.api.POST('/orgs/{orgId}/members', { params: { path: { orgId: admin.org.id } }, body }));
}

/** The organisation's members, as its administrator sees them. */
export function membersOf(admin: Admin) {
  return answer(admin.client.api.GET('/orgs/{orgId}/members', { params: { path: { orgId: admin.org.id } } }));
}

/** The organisation's pending invitations, as its administrator sees them. */
export function invitationsOf(admin: Admin) {
  return answer(admin.client.api.GET('/orgs/{orgId}/invitations', { params: { path: { orgId: admin.org.id } } }));
}

/** The logged-in person accepts an invitation. */
export function acceptInvitation(client: Client, invitationId: string) {
  return answer(client.api.POST('/invitations/{invitationId}/accept', { params: { path: { invitationId } } }));
}
