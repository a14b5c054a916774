import { describe, expect, it } from 'vitest';
import { answer, Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { acceptInvitation, addMemberAs, changeSettings, membersOf, settingsOf } from './testing.ts';

const ctx = testAppForFile();

describe('organisations', () => {
  it('a logged-in person creates an organisation and becomes its administrator', async () => {
    const { client } = await orgWithMember(ctx, 'staf');
    const created = await client.post('/api/orgs', {
      name: 'Vzw Nieuw',
      type: 'maatwerkbedrijf',
      kbo: '0403 170 701',
      fiscalYearStartMonth: 7,
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: 'Vzw Nieuw',
      type: 'maatwerkbedrijf',
      kbo: '0403.170.701',
      fiscalYearStartMonth: 7,
      language: 'nl',
    });
    const me = await client.get('/api/auth/me');
    expect(me.body.memberships.find((m: { orgId: string }) => m.orgId === created.body.id).role).toBe('beheerder');
    const dup = await client.post('/api/orgs', { name: 'Tweede', type: 'vza', kbo: '0403170701' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0].path).toBe('kbo');
  });

  it('settings change is saved and audited with before and after', async () => {
    const admin = await orgWithMember(ctx);
    const { client, org } = admin;
    const changed = await changeSettings(admin, { name: 'Vzw De Brug', fiscalYearStartMonth: 4, language: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Vzw De Brug', fiscalYearStartMonth: 4, language: 'en' });
    const log = await answer(
      client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: org.id }, query: { action: 'org.updated' } } }),
    );
    expect(log.body.items[0]!.details).toEqual({
      name: { from: org.name, to: 'Vzw De Brug' },
      fiscalYearStartMonth: { from: 1, to: 4 },
      language: { from: 'nl', to: 'en' },
    });
  });
});

describe('bad input is answered with a clear 400 naming the field', () => {
  it('malformed JSON', async () => {
    const { client, org } = await orgWithMember(ctx);
    const answer = await client.req('PATCH', `/api/orgs/${org.id}`, '{"name": "x",');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('bad_json');
  });

  it('unknown fields, too-long strings and an invalid KBO, all at once', async () => {
    const admin = await orgWithMember(ctx);
    const unknownField = { isDemo: true }; // not in the typed body, so spread past the type check
    const res = await changeSettings(admin, { name: 'x'.repeat(201), kbo: '0403.170.702', ...unknownField });
    expect(res.status).toBe(400);
    expect(res.body.error!.code).toBe('validation');
    const paths = res.body.error!.fields!.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['isDemo', 'kbo', 'name']);
    expect(res.body.error!.fields!.find((f: { path: string }) => f.path === 'kbo')!.message).toBe(
      'ongeldig ondernemingsnummer (controlegetal klopt niet)',
    );
    expect(res.body.error!.message).toContain('kbo');
    expect((await settingsOf(admin)).body.name).toBe(admin.org.name);
  });

  it('the messages follow the requested language', async () => {
    const { org, email } = await orgWithMember(ctx);
    const en = new Client(ctx.app, 'en');
    await en.login(email);
    const res = await changeSettings({ client: en, org }, { kbo: '123' });
    expect(res.body.error!.fields![0]!.message).toBe('invalid enterprise number (check digits do not match)');
  });

  it('SQL and HTML in text fields are stored as text and come back unchanged', async () => {
    const admin = await orgWithMember(ctx);
    const name = `Robert'); DROP TABLE organisation;-- <script>alert(1)</script>`;
    expect((await changeSettings(admin, { name })).status).toBe(200);
    expect((await settingsOf(admin)).body.name).toBe(name);
    const member = await addMemberAs(admin, {
      email: 'html@test.be',
      name: '<img src=x onerror=alert(1)>',
      role: 'staf',
    });
    expect(member.body.member!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('an unknown API path answers a JSON 404', async () => {
    const answer = await new Client(ctx.app).get('/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
  });
});

describe('members', () => {
  it('adds a member with a role, changes the role, removes them — each audited', async () => {
    const admin = await orgWithMember(ctx);
    const { client, org } = admin;
    const added = await addMemberAs(admin, {
      email: 'Lid@Test.be',
      name: 'Lid Een',
      role: 'begeleider',
      password: 'een-wachtwoord',
    });
    expect(added.status).toBe(200);
    expect(added.body.resetUrl).toBeUndefined();
    const id = added.body.member!.id;
    await new Client(ctx.app).login('lid@test.be', 'een-wachtwoord');
    const changed = await answer(
      client.api.PATCH('/orgs/{orgId}/members/{memberId}', {
        params: { path: { orgId: org.id, memberId: id } },
        body: { role: 'staf' },
      }),
    );
    expect(changed.body.role).toBe('staf');
    expect((await addMemberAs(admin, { email: 'lid@test.be', name: 'Dubbel', role: 'staf' })).status).toBe(409);
    expect(
      (
        await answer(
          client.api.DELETE('/orgs/{orgId}/members/{memberId}', { params: { path: { orgId: org.id, memberId: id } } }),
        )
      ).status,
    ).toBe(204);
    const list = await membersOf(admin);
    expect(list.body.items.map((m: { email: string }) => m.email)).not.toContain('lid@test.be');
    const log = await answer(client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: org.id } } }));
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.created', 'member.role_changed', 'member.removed']));
    expect(log.body.items.find((e: { action: string }) => e.action === 'member.role_changed')!.details).toEqual({
      email: 'lid@test.be',
      from: 'begeleider',
      to: 'staf',
    });
  });

  it('the role change takes effect on the member’s next request', async () => {
    const admin = await orgWithMember(ctx);
    const added = await addMemberAs(admin, {
      email: 'wissel@test.be',
      name: 'Wissel',
      role: 'staf',
      password: 'een-wachtwoord',
    });
    const member = new Client(ctx.app);
    await member.login('wissel@test.be', 'een-wachtwoord');
    expect(
      (await answer(member.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: admin.org.id } } }))).status,
    ).toBe(403);
    await answer(
      admin.client.api.PATCH('/orgs/{orgId}/members/{memberId}', {
        params: { path: { orgId: admin.org.id, memberId: added.body.member!.id } },
        body: { role: 'directie' },
      }),
    );
    expect(
      (await answer(member.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: admin.org.id } } }))).status,
    ).toBe(200);
  });

  it('the last administrator cannot be demoted or removed', async () => {
    const { client, org, member } = await orgWithMember(ctx);
    const demote = await answer(
      client.api.PATCH('/orgs/{orgId}/members/{memberId}', {
        params: { path: { orgId: org.id, memberId: member.id } },
        body: { role: 'staf' },
      }),
    );
    expect(demote.status).toBe(409);
    expect(demote.body.error!.message).toBe('De organisatie moet minstens één beheerder houden.');
    expect(
      (
        await answer(
          client.api.DELETE('/orgs/{orgId}/members/{memberId}', {
            params: { path: { orgId: org.id, memberId: member.id } },
          }),
        )
      ).status,
    ).toBe(409);
  });

  it('a reset link for someone who also belongs to an organisation the administrator does not manage is refused', async () => {
    const a = await orgWithMember(ctx);
    const b = await orgWithMember(ctx);
    const resetLink = (admin: typeof a, memberId: string) =>
      answer(
        admin.client.api.POST('/orgs/{orgId}/members/{memberId}/reset-link', {
          params: { path: { orgId: admin.org.id, memberId } },
        }),
      );
    const gedeeld = { email: 'gedeeld@test.be', name: 'Gedeeld', role: 'staf' } as const;
    const inB = await addMemberAs(b, { ...gedeeld, password: 'een-wachtwoord' });
    const invited = await addMemberAs(a, gedeeld);
    expect(invited.body.resetUrl).toBeUndefined();
    const shared = new Client(ctx.app);
    await shared.login('gedeeld@test.be', 'een-wachtwoord');
    expect((await acceptInvitation(shared, invited.body.invitation!.id)).status).toBe(200);
    const inA = (await membersOf(a)).body.items.find((m: { email: string }) => m.email === 'gedeeld@test.be');
    const link = await resetLink(a, inA!.id);
    expect(link.status).toBe(403);
    const own = await resetLink(b, inB.body.member!.id);
    expect(own.status).toBe(403);
    const solo = await addMemberAs(a, {
      email: 'alleen.a@test.be',
      name: 'Alleen A',
      role: 'staf',
      password: 'een-wachtwoord',
    });
    const ok = await resetLink(a, solo.body.member!.id);
    expect(ok.status).toBe(200);
    expect(ok.body.url).toMatch(/^http:\/\/localhost:3000\/reset\?token=[\w-]{40,}$/);
  });
});
