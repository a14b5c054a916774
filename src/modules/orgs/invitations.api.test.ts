/** Adding a person who already has an account invites them: no takeover, nothing disclosed. */
import { describe, expect, it } from 'vitest';
import { answer, Client, orgWithMember, TEST_PASSWORD, testAppForFile } from '../../server/testing.ts';
import { acceptInvitation, addMemberAs, invitationsOf, membersOf } from './testing.ts';

const ctx = testAppForFile();

describe('invitations', () => {
  it('another organisation’s person is invited, not added: the administrator sees only “invitation pending”', async () => {
    const theirs = await orgWithMember(ctx, 'directie');
    const admin = await orgWithMember(ctx);
    const added = await addMemberAs(admin, {
      email: theirs.email.toUpperCase(),
      name: 'Wie dan ook',
      role: 'beheerder',
      password: 'fiets bakker zonlicht',
    });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      invitation: {
        id: expect.any(String),
        email: theirs.email,
        role: 'beheerder',
        status: 'pending',
        createdAt: expect.any(String),
      },
    });
    // Nothing about the person: not their name, not their last login, not their organisation.
    const text =
      JSON.stringify(added.body) +
      JSON.stringify((await invitationsOf(admin)).body) +
      JSON.stringify((await membersOf(admin)).body);
    expect(text).not.toContain(theirs.member.name);
    expect(text).not.toContain(theirs.org.name);
    expect(text).not.toContain(theirs.member.userId);
    const members = await membersOf(admin);
    expect(members.body.items.map((m: { email: string }) => m.email)).not.toContain(theirs.email);
    // Not a member until they accept; the password the administrator typed did not replace theirs.
    const session = await new Client(ctx.app).login(theirs.email, TEST_PASSWORD);
    expect(session.body.memberships.map((m: { orgId: string }) => m.orgId)).toEqual([theirs.org.id]);
    expect(
      (await answer(theirs.client.api.GET('/orgs/{orgId}', { params: { path: { orgId: admin.org.id } } }))).status,
    ).toBe(404);
    const again = await addMemberAs(admin, { email: theirs.email, name: 'Nog eens', role: 'staf' });
    expect(again.status).toBe(409);
    expect(again.body.error!.fields).toEqual([{ path: 'email', message: 'al uitgenodigd' }]);
  });

  it('the invited person sees the invitation after login and accepts it; only then is they a member', async () => {
    const person = await orgWithMember(ctx, 'staf');
    const admin = await orgWithMember(ctx);
    const { body } = await addMemberAs(admin, { email: person.email, name: 'X', role: 'bestuur' });
    const mine = await answer(person.client.api.GET('/invitations'));
    expect(mine.body.items).toEqual([
      { id: body.invitation!.id, orgName: admin.org.name, role: 'bestuur', createdAt: expect.any(String) },
    ]);
    // Someone else cannot answer it: it answers "not found".
    expect((await acceptInvitation(admin.client, body.invitation!.id)).status).toBe(404);
    const accepted = await acceptInvitation(person.client, body.invitation!.id);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ orgId: admin.org.id });
    const me = await answer(person.client.api.GET('/auth/me'));
    expect(me.body.memberships.find((m: { orgId: string }) => m.orgId === admin.org.id)!.role).toBe('bestuur');
    expect((await answer(person.client.api.GET('/invitations'))).body.items).toEqual([]);
    const members = await membersOf(admin);
    expect(members.body.items.find((m: { email: string }) => m.email === person.email)!.name).toBe(person.member.name);
    expect((await invitationsOf(admin)).body.items).toEqual([]);
    const log = await answer(
      admin.client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: admin.org.id } } }),
    );
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['member.invited', 'member.joined']),
    );
    expect((await acceptInvitation(person.client, body.invitation!.id)).status).toBe(404);
  });

  it('the invited person may decline, and the administrator may withdraw; another organisation’s invitation is not found', async () => {
    const person = await orgWithMember(ctx, 'staf');
    const admin = await orgWithMember(ctx);
    const other = await orgWithMember(ctx);
    const invite = { email: person.email, name: 'X', role: 'staf' } as const;
    const first = await addMemberAs(admin, invite);
    expect(
      (
        await answer(
          person.client.api.POST('/invitations/{invitationId}/decline', {
            params: { path: { invitationId: first.body.invitation!.id } },
          }),
        )
      ).status,
    ).toBe(204);
    expect((await answer(person.client.api.GET('/auth/me'))).body.memberships).toHaveLength(1);
    expect((await invitationsOf(admin)).body.items).toEqual([]);
    const second = await addMemberAs(admin, invite);
    const withdraw = (by: typeof admin) =>
      answer(
        by.client.api.DELETE('/orgs/{orgId}/invitations/{invitationId}', {
          params: { path: { orgId: by.org.id, invitationId: second.body.invitation!.id } },
        }),
      );
    expect((await withdraw(other)).status).toBe(404);
    expect((await withdraw(admin)).status).toBe(204);
    expect((await acceptInvitation(person.client, second.body.invitation!.id)).status).toBe(404);
    expect((await answer(person.client.api.GET('/invitations'))).body.items).toEqual([]);
  });

  it('a new e-mail address still becomes a member at once, with a password link; a weak password is refused', async () => {
    const admin = await orgWithMember(ctx);
    const person = { email: 'nieuw.persoon@test.be', name: 'Nieuw Persoon', role: 'staf' } as const;
    const weak = await addMemberAs(admin, { ...person, password: 'nieuw.persoon-2024' });
    expect(weak.status).toBe(400);
    expect(weak.body.error!.fields).toEqual([
      { path: 'password', message: 'Het wachtwoord bevat (een deel van) je e-mailadres.' },
    ]);
    const added = await addMemberAs(admin, person);
    expect(added.body.member).toMatchObject({ ...person, lastLoginAt: null });
    expect(added.body.resetUrl).toMatch(/\/reset\?token=/);
  });
});
