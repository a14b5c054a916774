import { z } from 'zod';
import { noContent } from '../../server/http.ts';
import { orgRoute, routes, userRoute } from '../../server/route.ts';
import { answerInvitation, invitationsOf, listInvitations, withdrawInvitation } from './invitations.ts';
import { invitation, myInvitation } from './schema.ts';

const orgInvitationParams = z.object({ orgId: z.uuid(), invitationId: z.uuid() });
const invitationParams = z.object({ invitationId: z.uuid() });

/**
 * Invitations of people who already have an account: the organisation's administrators see and
 * withdraw them; the invited person sees their own and accepts or declines them after logging in.
 */
export const invitationRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/invitations',
    tags: ['members'],
    summary: 'Pending invitations (only the e-mail address and role typed by the administrator)',
    action: 'members.read',
    response: z.object({ items: z.array(invitation) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listInvitations(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/invitations/{invitationId}',
    tags: ['members'],
    summary: 'Withdraw a pending invitation',
    action: 'members.manage',
    params: orgInvitationParams,
    response: noContent,
    handler: async (c, { orgId, db, params, audit }) => {
      const gone = await withdrawInvitation(db, orgId, params.invitationId);
      await audit({
        action: 'member.invitation_withdrawn',
        entity: 'invitation',
        entityId: gone.id,
        details: { email: gone.email, role: gone.role },
      });
      return c.body(null, 204);
    },
  }),
  userRoute({
    method: 'get',
    path: '/invitations',
    tags: ['members'],
    summary: 'My pending invitations to join an organisation',
    response: z.object({ items: z.array(myInvitation) }),
    handler: async (c, { user, db }) => c.json({ items: await invitationsOf(db, user.email) }, 200),
  }),
  userRoute({
    method: 'post',
    path: '/invitations/{invitationId}/accept',
    tags: ['members'],
    summary: 'Accept my invitation: I become a member with the invited role',
    params: invitationParams,
    response: z.object({ orgId: z.uuid() }),
    handler: async (c, { user, db, params, audit }) => {
      const done = await db.transaction().execute((tx) => answerInvitation(tx, user, params.invitationId, true));
      await audit({
        orgId: done.orgId,
        action: 'member.joined',
        entity: 'membership',
        entityId: done.membershipId,
        details: { email: user.email, role: done.role },
      });
      return c.json({ orgId: done.orgId }, 200);
    },
  }),
  userRoute({
    method: 'post',
    path: '/invitations/{invitationId}/decline',
    tags: ['members'],
    summary: 'Decline my invitation',
    params: invitationParams,
    response: noContent,
    handler: async (c, { user, db, params: { invitationId }, audit }) => {
      const done = await answerInvitation(db, user, invitationId, false);
      await audit({
        orgId: done.orgId,
        action: 'member.invitation_declined',
        entity: 'invitation',
        entityId: invitationId,
      });
      return c.body(null, 204);
    },
  }),
);
