/**
 * Tenant isolation, for every route the router knows: a new route is covered the moment it is
 * mounted. Routes without `:orgId` must be listed as public or personal below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, orgWithMember, testApp } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => { ctx = await testApp(); });
afterAll(() => ctx.close());

/** Routes anyone may call, and routes about the caller's own account (no organisation in the path). */
const PUBLIC = ['GET /api/health', 'GET /api/openapi.json', 'GET /api/reference', 'GET /api/setup', 'POST /api/setup', 'POST /api/auth/login', 'POST /api/auth/reset'];
const PERSONAL = ['GET /api/auth/me', 'PATCH /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/orgs'];

/** A valid body per route, so that validation cannot answer before the organisation check does. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/orgs/:orgId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/members': { email: 'indringer@test.be', name: 'Indringer', role: 'beheerder' },
  'PATCH /api/orgs/:orgId/members/:memberId': { role: 'beheerder' },
};

function apiRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>();
  return ctx.app.routes
    .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*'))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

/** Ids of one organisation's records, by route parameter name. */
async function sampleIds(org: Awaited<ReturnType<typeof orgWithMember>>): Promise<Record<string, string>> {
  return { orgId: org.org.id, memberId: org.member.id };
}

function fill(path: string, ids: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`No sample id for :${name} in ${path}: add one to sampleIds()`);
    return id;
  });
}

describe('tenant isolation', () => {
  it('knows every route: each is organisation-scoped, public or personal', () => {
    const unscoped = apiRoutes()
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !key.includes(':orgId') && !PUBLIC.includes(key) && !PERSONAL.includes(key));
    expect(unscoped).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThanOrEqual(15);
  });

  it('every organisation route answers 404 to a member of another organisation', async () => {
    const victim = await orgWithMember(ctx);
    const intruder = await orgWithMember(ctx);
    const ids = await sampleIds(victim);
    const answers: string[] = [];
    for (const r of apiRoutes().filter((r) => r.path.includes(':orgId'))) {
      const key = `${r.method} ${r.path}`;
      const a = await intruder.client.req(r.method, fill(r.path, ids), BODIES[key] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}));
      answers.push(`${key} → ${a.status}`);
      expect(JSON.stringify(a.body ?? '')).not.toContain(victim.org.name);
    }
    expect(answers.filter((a) => !a.endsWith('→ 404'))).toEqual([]);
    expect((await victim.client.get(`/api/orgs/${victim.org.id}`)).body.name).toBe(victim.org.name);
  });

  it('a record of another organisation, addressed through one’s own organisation, answers 404', async () => {
    const victim = await orgWithMember(ctx);
    const intruder = await orgWithMember(ctx);
    const ids = { ...(await sampleIds(victim)), orgId: intruder.org.id };
    const routes = apiRoutes().filter((r) => r.path.includes(':orgId') && /:(?!orgId)\w+/.test(r.path));
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      const a = await intruder.client.req(r.method, fill(r.path, ids), BODIES[`${r.method} ${r.path}`] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}));
      expect(`${r.method} ${r.path} → ${a.status}`).toBe(`${r.method} ${r.path} → 404`);
    }
  });

  it('every non-public route answers 401 without a session', async () => {
    const victim = await orgWithMember(ctx);
    const ids = await sampleIds(victim);
    const anonymous = new Client(ctx.app);
    for (const r of apiRoutes().filter((r) => !PUBLIC.includes(`${r.method} ${r.path}`))) {
      const a = await anonymous.req(r.method, fill(r.path, ids), BODIES[`${r.method} ${r.path}`] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}));
      expect(`${r.method} ${r.path} → ${a.status}`).toBe(`${r.method} ${r.path} → 401`);
    }
  });
});
