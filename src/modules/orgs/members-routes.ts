import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { noContent } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { createInvitation } from './invitations.ts';
import {
  addMember,
  changeMemberRole,
  findUserByEmail,
  getMember,
  listMembers,
  membershipId,
  removeMember,
} from './queries.ts';
import { member, memberAdded, memberInput, memberPatch } from './schema.ts';
import { hashPassword } from '../../server/secrets.ts';
import { assertStrongPassword } from '../../server/password-policy.ts';
import { createOneTimeToken } from '../../server/one-time-links.ts';

const memberParams = z.object({ orgId: z.uuid(), memberId: z.uuid() });
const RESET_HOURS = 72;

const ALREADY_MEMBER = new AppError(
  'conflict',
  { nl: 'Deze persoon is al lid van de organisatie.', en: 'This person is already a member of the organisation.' },
  { fields: [{ path: 'email', message: { nl: 'al lid', en: 'already a member' } }] },
);

const resetLink = z.object({ url: z.string(), expiresAt: z.string() });

/** Users of an organisation: list, add, change role, remove, and one-time password links. */
export const memberRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/members',
    tags: ['members'],
    summary: 'Members and their roles',
    action: 'members.read',
    response: z.object({ items: z.array(member) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listMembers(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/members',
    tags: ['members'],
    summary:
      'Add a new person with a role (without a password the answer holds a one-time link to choose one); a person who already has an account is invited instead and sees nothing change until they accept',
    action: 'members.manage',
    body: memberInput,
    response: memberAdded,
    handler: async (c, { orgId, user, db, body: input, audit }) => {
      // Someone with an account may belong to another organisation: they are invited, and the
      // administrator learns nothing about them (not their name, not their last login).
      const invited = await db.transaction().execute(async (tx) => {
        const person = await findUserByEmail(tx, input.email);
        if (!person) return undefined;
        if (await membershipId(tx, orgId, person.id)) throw ALREADY_MEMBER;
        return createInvitation(tx, orgId, input);
      });
      if (invited) {
        await audit({
          action: 'member.invited',
          entity: 'invitation',
          entityId: invited.id,
          details: { email: invited.email, role: invited.role },
        });
        return c.json({ invitation: invited }, 200);
      }
      if (input.password) await assertStrongPassword(input.password, input, 'password');
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      const { member: m } = await db.transaction().execute((tx) => addMember(tx, orgId, { ...input, passwordHash }));
      await audit({
        action: 'member.created',
        entity: 'membership',
        entityId: m.id,
        details: { email: m.email, role: m.role },
      });
      if (passwordHash) return c.json({ member: m }, 200);
      const link = await createOneTimeToken(db, {
        purpose: 'reset',
        userId: m.userId,
        orgId,
        createdBy: user.id,
        hours: RESET_HOURS,
      });
      return c.json({ member: m, resetUrl: `${c.var.config.publicUrl}/reset?token=${link.token}` }, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}/members/{memberId}',
    tags: ['members'],
    summary: "Change a member's role",
    action: 'members.manage',
    params: memberParams,
    body: memberPatch,
    response: member,
    handler: async (c, { orgId, db, params: { memberId }, body, audit }) => {
      const { before, after } = await changeMemberRole(db, orgId, memberId, body.role);
      await audit({
        action: 'member.role_changed',
        entity: 'membership',
        entityId: memberId,
        details: { email: after.email, from: before.role, to: after.role },
      });
      return c.json(after, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/members/{memberId}',
    tags: ['members'],
    summary: 'Remove a member from the organisation',
    action: 'members.manage',
    params: memberParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { memberId }, audit }) => {
      const removed = await removeMember(db, orgId, memberId);
      await audit({
        action: 'member.removed',
        entity: 'membership',
        entityId: memberId,
        details: { email: removed.email, role: removed.role },
      });
      return c.body(null, 204);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/members/{memberId}/reset-link',
    tags: ['members'],
    summary: 'A one-time link (72 h) with which the member chooses a new password',
    action: 'members.manage',
    params: memberParams,
    response: resetLink,
    handler: async (c, { orgId, user: admin, db, params: { memberId }, audit }) => {
      const target = await getMember(db, orgId, memberId);
      // A person who also belongs to an organisation the administrator does not manage keeps control
      // of their own password: otherwise one organisation's administrator could enter another's data.
      const elsewhere = await db
        .selectFrom('membership')
        .select('org_id')
        .where('user_id', '=', target.userId)
        .execute();
      if (elsewhere.some((m) => admin.memberships.get(m.org_id)?.role !== 'beheerder')) {
        throw new AppError('forbidden', {
          nl: 'Deze persoon is ook lid van een andere organisatie; alleen hij of zij kan het wachtwoord wijzigen.',
          en: 'This person also belongs to another organisation; only they can change their password.',
        });
      }
      const link = await createOneTimeToken(db, {
        purpose: 'reset',
        userId: target.userId,
        orgId,
        createdBy: admin.id,
        hours: RESET_HOURS,
      });
      await audit({
        action: 'member.reset_link_created',
        entity: 'membership',
        entityId: memberId,
        details: { email: target.email },
      });
      return c.json(
        { url: `${c.var.config.publicUrl}/reset?token=${link.token}`, expiresAt: link.expiresAt.toISOString() },
        200,
      );
    },
  }),
);
