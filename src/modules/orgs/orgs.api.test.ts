import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, orgWithMember, testApp } from '../../server/testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

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
    const { client, org } = await orgWithMember(ctx);
    const changed = await client.patch(`/api/orgs/${org.id}`, {
      name: 'Vzw De Brug',
      fiscalYearStartMonth: 4,
      language: 'en',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Vzw De Brug', fiscalYearStartMonth: 4, language: 'en' });
    const log = await client.get(`/api/orgs/${org.id}/audit?action=org.updated`);
    expect(log.body.items[0].details).toEqual({
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
    const { client, org } = await orgWithMember(ctx);
    const answer = await client.patch(`/api/orgs/${org.id}`, {
      name: 'x'.repeat(201),
      kbo: '0403.170.702',
      isDemo: true,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation');
    const paths = answer.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['isDemo', 'kbo', 'name']);
    expect(answer.body.error.fields.find((f: { path: string }) => f.path === 'kbo').message).toBe(
      'ongeldig ondernemingsnummer (controlegetal klopt niet)',
    );
    expect(answer.body.error.message).toContain('kbo');
    expect((await client.get(`/api/orgs/${org.id}`)).body.name).toBe(org.name);
  });

  it('the messages follow the requested language', async () => {
    const { org, email } = await orgWithMember(ctx);
    const en = new Client(ctx.app, 'en');
    await en.login(email);
    const answer = await en.patch(`/api/orgs/${org.id}`, { kbo: '123' });
    expect(answer.body.error.fields[0].message).toBe('invalid enterprise number (check digits do not match)');
  });

  it('SQL and HTML in text fields are stored as text and come back unchanged', async () => {
    const { client, org } = await orgWithMember(ctx);
    const name = `Robert'); DROP TABLE organisation;-- <script>alert(1)</script>`;
    expect((await client.patch(`/api/orgs/${org.id}`, { name })).status).toBe(200);
    expect((await client.get(`/api/orgs/${org.id}`)).body.name).toBe(name);
    const member = await client.post(`/api/orgs/${org.id}/members`, {
      email: 'html@test.be',
      name: '<img src=x onerror=alert(1)>',
      role: 'staf',
    });
    expect(member.body.member.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('an unknown API path answers a JSON 404', async () => {
    const answer = await new Client(ctx.app).get('/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not_found');
  });
});

describe('members', () => {
  it('adds a member with a role, changes the role, removes them — each audited', async () => {
    const { client, org } = await orgWithMember(ctx);
    const added = await client.post(`/api/orgs/${org.id}/members`, {
      email: 'Lid@Test.be',
      name: 'Lid Een',
      role: 'begeleider',
      password: 'een-wachtwoord',
    });
    expect(added.status).toBe(200);
    expect(added.body.resetUrl).toBeUndefined();
    const id = added.body.member.id;
    await new Client(ctx.app).login('lid@test.be', 'een-wachtwoord');
    const changed = await client.patch(`/api/orgs/${org.id}/members/${id}`, { role: 'staf' });
    expect(changed.body.role).toBe('staf');
    expect(
      (await client.post(`/api/orgs/${org.id}/members`, { email: 'lid@test.be', name: 'Dubbel', role: 'staf' })).status,
    ).toBe(409);
    expect((await client.delete(`/api/orgs/${org.id}/members/${id}`)).status).toBe(204);
    const list = await client.get(`/api/orgs/${org.id}/members`);
    expect(list.body.items.map((m: { email: string }) => m.email)).not.toContain('lid@test.be');
    const log = await client.get(`/api/orgs/${org.id}/audit`);
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.created', 'member.role_changed', 'member.removed']));
    expect(log.body.items.find((e: { action: string }) => e.action === 'member.role_changed').details).toEqual({
      email: 'lid@test.be',
      from: 'begeleider',
      to: 'staf',
    });
  });

  it('the role change takes effect on the member’s next request', async () => {
    const admin = await orgWithMember(ctx);
    const added = await admin.client.post(`/api/orgs/${admin.org.id}/members`, {
      email: 'wissel@test.be',
      name: 'Wissel',
      role: 'staf',
      password: 'een-wachtwoord',
    });
    const member = new Client(ctx.app);
    await member.login('wissel@test.be', 'een-wachtwoord');
    expect((await member.get(`/api/orgs/${admin.org.id}/audit`)).status).toBe(403);
    await admin.client.patch(`/api/orgs/${admin.org.id}/members/${added.body.member.id}`, { role: 'directie' });
    expect((await member.get(`/api/orgs/${admin.org.id}/audit`)).status).toBe(200);
  });

  it('the last administrator cannot be demoted or removed', async () => {
    const { client, org, member } = await orgWithMember(ctx);
    const demote = await client.patch(`/api/orgs/${org.id}/members/${member.id}`, { role: 'staf' });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toBe('De organisatie moet minstens één beheerder houden.');
    expect((await client.delete(`/api/orgs/${org.id}/members/${member.id}`)).status).toBe(409);
  });

  it('a reset link for someone who also belongs to an organisation the administrator does not manage is refused', async () => {
    const a = await orgWithMember(ctx);
    const b = await orgWithMember(ctx);
    const inB = await b.client.post(`/api/orgs/${b.org.id}/members`, {
      email: 'gedeeld@test.be',
      name: 'Gedeeld',
      role: 'staf',
      password: 'een-wachtwoord',
    });
    const invited = await a.client.post(`/api/orgs/${a.org.id}/members`, {
      email: 'gedeeld@test.be',
      name: 'Gedeeld',
      role: 'staf',
    });
    expect(invited.body.resetUrl).toBeUndefined();
    const shared = new Client(ctx.app);
    await shared.login('gedeeld@test.be', 'een-wachtwoord');
    expect((await shared.post(`/api/invitations/${invited.body.invitation.id}/accept`)).status).toBe(200);
    const inA = (await a.client.get(`/api/orgs/${a.org.id}/members`)).body.items.find(
      (m: { email: string }) => m.email === 'gedeeld@test.be',
    );
    const link = await a.client.post(`/api/orgs/${a.org.id}/members/${inA.id}/reset-link`);
    expect(link.status).toBe(403);
    const own = await b.client.post(`/api/orgs/${b.org.id}/members/${inB.body.member.id}/reset-link`);
    expect(own.status).toBe(403);
    const solo = await a.client.post(`/api/orgs/${a.org.id}/members`, {
      email: 'alleen.a@test.be',
      name: 'Alleen A',
      role: 'staf',
      password: 'een-wachtwoord',
    });
    const ok = await a.client.post(`/api/orgs/${a.org.id}/members/${solo.body.member.id}/reset-link`);
    expect(ok.status).toBe(200);
    expect(ok.body.url).toMatch(/^http:\/\/localhost:3000\/reset\?token=[\w-]{40,}$/);
  });
});
