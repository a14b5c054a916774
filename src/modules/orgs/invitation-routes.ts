import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction, requireUser } from '../../server/auth.ts';
import { jsonResponse, noContent, orgParams, router } from '../../server/http.ts';
import { answerInvitation, invitationsOf, listInvitations, withdrawInvitation } from './invitations.ts';
import { invitation, myInvitation } from './schema.ts';

const orgInvitationParams = z.object({ orgId: z.uuid(), invitationId: z.uuid() });
const invitationParams = z.object({ invitationId: z.uuid() });

/**
 * Invitations of people who already have an account: the organisation's administrators see and
 * withdraw them; the invited person sees their own and accepts or declines them after logging in.
 */
export const invitationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/invitations',
      tags: ['members'],
      summary: 'Pending invitations (only the e-mail address and role typed by the administrator)',
      middleware: [requireAction('members.read')] as const,
      request: { params: orgParams },
      responses: jsonResponse(z.object({ items: z.array(invitation) })),
    }),
    async (c) => c.json({ items: await listInvitations(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/invitations/{invitationId}',
      tags: ['members'],
      summary: 'Withdraw a pending invitation',
      middleware: [requireAction('members.manage')] as const,
      request: { params: orgInvitationParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, invitationId } = c.req.valid('param');
      const gone = await withdrawInvitation(c.var.db, orgId, invitationId);
      await auditFor(c)({
        orgId,
        action: 'member.invitation_withdrawn',
        entity: 'invitation',
        entityId: gone.id,
        details: { email: gone.email, role: gone.role },
      });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/invitations',
      tags: ['members'],
      summary: 'My pending invitations to join an organisation',
      middleware: [requireUser] as const,
      responses: jsonResponse(z.object({ items: z.array(myInvitation) })),
    }),
    async (c) => c.json({ items: await invitationsOf(c.var.db, currentUser(c).email) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations/{invitationId}/accept',
      tags: ['members'],
      summary: 'Accept my invitation: I become a member with the invited role',
      middleware: [requireUser] as const,
      request: { params: invitationParams },
      responses: jsonResponse(z.object({ orgId: z.uuid() })),
    }),
    async (c) => {
      const user = currentUser(c);
      const done = await c.var.db
        .transaction()
        .execute((tx) => answerInvitation(tx, user, c.req.valid('param').invitationId, true));
      await auditFor(c)({
        orgId: done.orgId,
        action: 'member.joined',
        entity: 'membership',
        entityId: done.membershipId,
        details: { email: user.email, role: done.role },
      });
      return c.json({ orgId: done.orgId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations/{invitationId}/decline',
      tags: ['members'],
      summary: 'Decline my invitation',
      middleware: [requireUser] as const,
      request: { params: invitationParams },
      responses: noContent,
    }),
    async (c) => {
      const user = currentUser(c);
      const done = await answerInvitation(c.var.db, user, c.req.valid('param').invitationId, false);
      await auditFor(c)({
        orgId: done.orgId,
        action: 'member.invitation_declined',
        entity: 'invitation',
        entityId: c.req.valid('param').invitationId,
      });
      return c.body(null, 204);
    },
  );
