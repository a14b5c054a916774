import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../server/bootstrap.ts';
import { answer, Client, testAppForFile } from '../../server/testing.ts';
import { createOrganisation } from '../orgs/public.ts';

const ctx = testAppForFile();

describe('first start without STUURBOORD_ADMIN_*', () => {
  it('prints a one-time set-up link that creates the first administrator and organisation, once', async () => {
    const lines = await bootstrap(ctx.db, {
      ...ctx.config,
      demo: false,
      adminEmail: undefined,
      adminPassword: undefined,
    });
    const link = lines.find((l) => l.includes('/setup?token='))!;
    const token = new URL(link.trim()).searchParams.get('token')!;
    const c = new Client(ctx.app);
    expect((await answer(c.api.GET('/setup'))).body).toEqual({ needed: true, demo: null });
    const body = {
      token,
      email: 'Eerste@Test.be',
      name: 'Eerste Beheerder',
      password: 'een-sterk-wachtwoord',
      organisation: { name: 'Vzw Start', kbo: '0403.170.701', type: 'vza' as const },
    };
    const bad = await answer(c.api.POST('/setup', { body: { ...body, token: 'y'.repeat(43) } }));
    expect(bad.status).toBe(404);
    const ok = await answer(c.api.POST('/setup', { body: body }));
    expect(ok.status).toBe(200);
    expect(ok.body.user.email).toBe('eerste@test.be');
    expect(ok.body.memberships[0]).toMatchObject({ orgName: 'Vzw Start', role: 'beheerder' });
    expect((await answer(c.api.GET('/setup'))).body).toEqual({ needed: false, demo: null });
    expect((await new Client(ctx.app).post('/api/setup', body)).status).toBe(404);
    const org = await answer(
      c.api.GET('/orgs/{orgId}', { params: { path: { orgId: ok.body.memberships[0]!.orgId } } }),
    );
    expect(org.body.kbo).toBe('0403.170.701');
  });
});

describe('the login page’s notice', () => {
  it('names the demo organisation’s login while it exists', async () => {
    const c = new Client(ctx.app);
    expect((await answer(c.api.GET('/setup'))).body.demo).toBeNull();
    const user = await ctx.db
      .insertInto('app_user')
      .values({ email: 'directie@demo.stuurboord.be', name: 'Demo Directie', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await createOrganisation(
      ctx.db,
      { name: 'Vzw Demo', type: 'vza', fiscalYearStartMonth: 1, language: 'nl' },
      { creatorUserId: user.id, isDemo: true },
    );
    expect((await answer(c.api.GET('/setup'))).body.demo).toEqual({
      email: 'directie@demo.stuurboord.be',
      password: 'stuurboord-demo',
    });
  });
});
