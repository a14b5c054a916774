import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../orgs/public.ts';
import { addMemberAs } from '../orgs/testing.ts';
import { LoginLimiter } from './rate-limit.ts';
import { answer, Client, orgWithMember, testAppForFile, TEST_PASSWORD } from '../../server/testing.ts';
import { createOneTimeToken } from '../../server/one-time-links.ts';

/** The login delays the limiter asked for, instead of waiting them out (no slow tests). */
const waited: number[] = [];
const limits = { windowMs: 60_000, perAccountIp: 3, perIp: 8, slowAfter: 2, delayMs: 100, maxDelayMs: 400 };
const ctx = testAppForFile({
  limiter: new LoginLimiter(limits, Date.now, async (ms) => {
    waited.push(ms);
  }),
});

describe('login and session', () => {
  it('logs in, sets an HttpOnly SameSite=Lax cookie, and knows the user and role', async () => {
    const { email, org } = await orgWithMember(ctx, 'directie');
    const c = new Client(ctx.app);
    const res = await c.login(email);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sb_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await answer(c.api.GET('/auth/me'));
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    expect(me.body.memberships).toEqual([
      { orgId: org.id, orgName: org.name, role: 'directie', permissions: [...PERMISSIONS.directie] },
    ]);
    expect(me.body.user).not.toHaveProperty('password_hash');
  });

  it('answers a wrong password with the Dutch message, or English when asked', async () => {
    const { email } = await orgWithMember(ctx);
    const nl = await new Client(ctx.app).post('/api/auth/login', { email, password: 'wrong-password' });
    expect(nl.status).toBe(401);
    expect(nl.body.error).toEqual({ code: 'invalid_credentials', message: 'E-mailadres of wachtwoord is onjuist.' });
    const en = await new Client(ctx.app, 'en').post('/api/auth/login', { email, password: 'wrong-password' });
    expect(en.body.error.message).toBe('Email address or password is incorrect.');
    const unknown = await new Client(ctx.app).post('/api/auth/login', { email: 'nobody@test.be', password: 'x' });
    expect(unknown.body).toEqual(nl.body);
  });

  it('blocks an account from the address that failed, with a clear message, even with the right password', async () => {
    const { email } = await orgWithMember(ctx);
    const c = new Client(ctx.app);
    for (let i = 0; i < 3; i++)
      expect((await answer(c.api.POST('/auth/login', { body: { email, password: 'nope-nope' } }))).status).toBe(401);
    const blocked = await answer(c.api.POST('/auth/login', { body: { email, password: TEST_PASSWORD } }));
    expect(blocked.status).toBe(429);
    expect(blocked.body.error!.message).toMatch(
      /^Te veel mislukte aanmeldpogingen voor dit account vanaf dit adres\. Probeer opnieuw over 1 minuut\.$/,
    );
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('nobody can lock someone else out: 8 failures from 127.0.0.2, then the owner logs in from 127.0.0.3', async () => {
    const { email } = await orgWithMember(ctx);
    const attacker = new Client(ctx.app, 'nl', '127.0.0.2');
    waited.length = 0;
    const answers: number[] = [];
    for (let i = 0; i < 8; i++)
      answers.push(
        (await answer(attacker.api.POST('/auth/login', { body: { email, password: `guess-${i}-guess` } }))).status,
      );
    expect(answers).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
    // The account is only slowed down: a delay from its third attempt on (blocked attempts are not checked).
    expect(waited).toEqual([100]);
    const owner = new Client(ctx.app, 'nl', '127.0.0.3');
    await owner.login(email);
    expect(waited).toEqual([100, 200]);
    expect((await answer(owner.api.GET('/auth/me'))).body.user.email).toBe(email);
    // The attacker's address stays blocked for that account.
    expect((await answer(attacker.api.POST('/auth/login', { body: { email, password: TEST_PASSWORD } }))).status).toBe(
      429,
    );
  });

  it('the delay is capped, and answers right and wrong passwords alike', async () => {
    const { email } = await orgWithMember(ctx);
    waited.length = 0;
    for (let i = 0; i < 6; i++)
      await new Client(ctx.app, 'nl', `198.51.100.${i + 1}`).post('/api/auth/login', {
        email,
        password: 'wrong-again',
      });
    expect(waited).toEqual([100, 200, 400, 400]);
    await new Client(ctx.app, 'nl', '198.51.100.99').login(email);
    expect(waited.at(-1)).toBe(400);
  });

  it('blocks one address that tries many accounts', async () => {
    const { email } = await orgWithMember(ctx);
    const attacker = new Client(ctx.app);
    for (let i = 0; i < 8; i++)
      expect(
        (await answer(attacker.api.POST('/auth/login', { body: { email: `x${i}@test.be`, password: 'x' } }))).status,
      ).toBe(401);
    const blocked = await answer(attacker.api.POST('/auth/login', { body: { email, password: TEST_PASSWORD } }));
    expect(blocked.status).toBe(429);
    expect(blocked.body.error!.message).toMatch(/^Te veel mislukte aanmeldpogingen vanaf dit adres\./);
    await new Client(ctx.app).login(email);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const { client } = await orgWithMember(ctx);
    const stolen = client.cookie;
    expect((await answer(client.api.POST('/auth/logout'))).status).toBe(204);
    expect(client.cookie).toBe('');
    const replay = new Client(ctx.app);
    replay.cookie = stolen;
    expect((await answer(replay.api.GET('/auth/me'))).status).toBe(401);
  });

  it('records logins and failures in the audit log of the user’s organisation', async () => {
    const { email, org, client } = await orgWithMember(ctx);
    await new Client(ctx.app).post('/api/auth/login', { email, password: 'wrong-one' });
    const log = await answer(client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: org.id } } }));
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
  });
});

describe('password change and one-time reset link', () => {
  it('changes the password after checking the current one; other sessions end', async () => {
    const { email, client } = await orgWithMember(ctx);
    const other = new Client(ctx.app);
    await other.login(email);
    const wrong = await answer(
      client.api.POST('/auth/password', {
        body: {
          currentPassword: 'not-it-at-all',
          newPassword: 'a-new-long-password',
        },
      }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error!.fields).toEqual([{ path: 'currentPassword', message: 'onjuist' }]);
    const short = await answer(
      client.api.POST('/auth/password', { body: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }),
    );
    expect(short.status).toBe(400);
    expect(short.body.error!.fields![0]!.path).toBe('newPassword');
    expect(
      (
        await answer(
          client.api.POST('/auth/password', {
            body: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' },
          }),
        )
      ).status,
    ).toBe(204);
    expect((await answer(client.api.GET('/auth/me'))).status).toBe(200);
    expect((await answer(other.api.GET('/auth/me'))).status).toBe(401);
    await new Client(ctx.app).login(email, 'a-new-long-password');
  });

  it('an administrator’s reset link works once and only once', async () => {
    const admin = await orgWithMember(ctx);
    const added = await addMemberAs(admin, { email: 'nieuw.lid@test.be', name: 'Nieuw Lid', role: 'staf' });
    expect(added.status).toBe(200);
    const token = new URL(added.body.resetUrl!).searchParams.get('token')!;
    const c = new Client(ctx.app);
    expect((await answer(c.api.POST('/auth/reset', { body: { token, password: 'chosen-by-myself' } }))).status).toBe(
      204,
    );
    const again = await answer(c.api.POST('/auth/reset', { body: { token, password: 'chosen-by-someone' } }));
    expect(again.status).toBe(400);
    expect(again.body.error!.message).toBe('Deze link is ongeldig, al gebruikt of verlopen.');
    const forged = await answer(
      c.api.POST('/auth/reset', { body: { token: 'x'.repeat(43), password: 'chosen-by-someone' } }),
    );
    expect(forged.status).toBe(400);
    await c.login('nieuw.lid@test.be', 'chosen-by-myself');
    const log = await answer(
      admin.client.api.GET('/orgs/{orgId}/audit', {
        params: { path: { orgId: admin.org.id }, query: { action: 'auth.password_reset' } },
      }),
    );
    expect(log.body.items).toHaveLength(1);
  });

  it('using a reset link spends every other open link of that person', async () => {
    const { member } = await orgWithMember(ctx);
    const older = await createOneTimeToken(ctx.db, { purpose: 'reset', userId: member.userId, hours: 72 });
    const newer = await createOneTimeToken(ctx.db, { purpose: 'reset', userId: member.userId, hours: 72 });
    const c = new Client(ctx.app);
    expect(
      (await answer(c.api.POST('/auth/reset', { body: { token: newer.token, password: 'fiets bakker zonlicht' } })))
        .status,
    ).toBe(204);
    const stale = await answer(
      c.api.POST('/auth/reset', { body: { token: older.token, password: 'kapstok meeuw regenjas' } }),
    );
    expect(stale.status).toBe(400);
    expect(stale.body.error!.fields).toEqual([{ path: 'token', message: 'ongeldig of verlopen' }]);
    await c.login(member.email, 'fiets bakker zonlicht');
  });

  it('a weak new password is refused with the reason, and the link keeps working', async () => {
    const { member } = await orgWithMember(ctx);
    const { token } = await createOneTimeToken(ctx.db, { purpose: 'reset', userId: member.userId, hours: 72 });
    const c = new Client(ctx.app);
    const common = await answer(c.api.POST('/auth/reset', { body: { token, password: 'password123' } }));
    expect(common.status).toBe(400);
    expect(common.body.error!.fields![0]!.path).toBe('password');
    expect(common.body.error!.fields![0]!.message).toMatch(
      /^Dit wachtwoord is te makkelijk te raden: het is een veelgebruikt wachtwoord/,
    );
    const local = member.email.split('@')[0]!;
    const own = await new Client(ctx.app, 'en').post('/api/auth/reset', { token, password: `${local}-2024` });
    expect(own.body.error.fields).toEqual([
      { path: 'password', message: 'The password contains (part of) your email address.' },
    ]);
    expect(
      (await answer(c.api.POST('/auth/reset', { body: { token, password: 'fiets bakker zonlicht' } }))).status,
    ).toBe(204);
  });

  it('a password change refuses a password with one’s own name, and spends open reset links', async () => {
    const { client, member } = await orgWithMember(ctx);
    const { token } = await createOneTimeToken(ctx.db, { purpose: 'reset', userId: member.userId, hours: 72 });
    expect((await answer(client.api.PATCH('/auth/me', { body: { name: 'Marieke Vandenbroucke' } }))).status).toBe(200);
    const named = await answer(
      client.api.POST('/auth/password', {
        body: {
          currentPassword: TEST_PASSWORD,
          newPassword: 'zomer-Vandenbroucke-24',
        },
      }),
    );
    expect(named.status).toBe(400);
    expect(named.body.error!.fields).toEqual([{ path: 'newPassword', message: 'Het wachtwoord bevat je naam.' }]);
    expect(
      (
        await answer(
          client.api.POST('/auth/password', {
            body: {
              currentPassword: TEST_PASSWORD,
              newPassword: 'kapstok meeuw regenjas',
            },
          }),
        )
      ).status,
    ).toBe(204);
    expect(
      (await new Client(ctx.app).post('/api/auth/reset', { token, password: 'fiets bakker zonlicht' })).status,
    ).toBe(400);
  });

  it('an expired reset link is refused', async () => {
    const { member } = await orgWithMember(ctx);
    const { token } = await createOneTimeToken(ctx.db, { purpose: 'reset', userId: member.userId, hours: -1 });
    expect((await new Client(ctx.app).post('/api/auth/reset', { token, password: 'long-enough-pw' })).status).toBe(400);
  });
});

describe('CSRF defence', () => {
  it('refuses state-changing requests from another site, allows same-origin ones', async () => {
    const { client, org } = await orgWithMember(ctx);
    const cross = await client.req(
      'PATCH',
      `/api/orgs/${org.id}`,
      { name: 'Gekaapt' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('csrf');
    const foreign = await client.req('POST', '/api/auth/logout', undefined, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const same = await client.req(
      'PATCH',
      `/api/orgs/${org.id}`,
      { name: 'Eigen naam' },
      { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' },
    );
    expect(same.status).toBe(200);
    expect(same.body.name).toBe('Eigen naam');
  });
});
