/**
 * Tenant isolation, for every route the router knows: a new route is covered the moment it is
 * mounted. Routes without `:orgId` must be listed as public or personal below.
 */
import { describe, expect, it } from 'vitest';
import { CAF_BODIES, cafSamples } from '../modules/caf/testing.ts';
import { sampleOffer, voucherClient } from '../modules/clients/testing.ts';
import { COMPETENCE_BODIES, competenceSamples } from '../modules/competences/testing.ts';
import { COMPLAINT_BODIES, COMPLAINT_PUBLIC_ROUTES, complaintSamples } from '../modules/complaints/testing.ts';
import { sampleLedgerCsv } from '../modules/finance/testing.ts';
import { GOVERNANCE_BODIES, GOVERNANCE_QUERIES, governanceSamples } from '../modules/governance/testing.ts';
import { HANDBOOK_BODIES, HANDBOOK_QUERIES, handbookSamples } from '../modules/handbook/testing.ts';
import { JOB_CARVING_BODIES, jobCarvingSamples } from '../modules/job-carving/testing.ts';
import { MEMBER_PERSONAL_ROUTES, memberSamples } from '../modules/orgs/testing.ts';
import { PARTNERSHIP_BODIES, PARTNERSHIP_QUERIES, partnershipSamples } from '../modules/partnerships/testing.ts';
import { PEOPLE_BODIES, peopleSamples } from '../modules/people/testing.ts';
import { sampleEmployee, sampleTraining } from '../modules/people/testing.ts';
import { PERFORMANCE_BODIES, performanceSamples } from '../modules/performance/testing.ts';
import { STRATEGY_BODIES, strategySamples } from '../modules/strategy/testing.ts';
import { SOCIAL_ECONOMY_BODIES, socialEconomySamples } from '../modules/social-economy/testing.ts';
import { SURVEY_BODIES, SURVEY_PUBLIC_ROUTES, surveySamples } from '../modules/surveys/testing.ts';
import { Client, orgWithMember, testAppForFile } from './testing.ts';

const ctx = testAppForFile();

/** Routes anyone may call, and routes about the caller's own account (no organisation in the path). */
const PUBLIC = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/reference',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/login',
  'POST /api/auth/reset',
  ...SURVEY_PUBLIC_ROUTES,
  ...COMPLAINT_PUBLIC_ROUTES,
];
const PERSONAL = [
  'GET /api/auth/me',
  'PATCH /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/orgs',
  ...MEMBER_PERSONAL_ROUTES,
];

/** A valid body per route, so that validation cannot answer before the organisation check does. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/orgs/:orgId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/members': { email: 'indringer@test.be', name: 'Indringer', role: 'beheerder' },
  'PATCH /api/orgs/:orgId/members/:memberId': { role: 'beheerder' },
  'PUT /api/orgs/:orgId/finance/scenarios/:scenarioId': {
    year: 2025,
    name: 'Overgenomen',
    volumeFrom: 0,
    volumeTo: 10,
    lines: [{ name: 'x', behaviour: 'fixed', amountCents: 100 }],
  },
  'POST /api/orgs/:orgId/clients/:clientId/funding': { kind: 'other' },
  'POST /api/orgs/:orgId/clients/:clientId/agreements': {
    functionCode: 'dagondersteuning',
    count: 1,
    per: 'week',
    startDate: '2025-01-06',
  },
  'PATCH /api/orgs/:orgId/clients/:clientId': { name: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/waiting-list/:requestId': { status: 'waiting' },
  'PUT /api/orgs/:orgId/offer/groups/:groupId': { name: 'Overgenomen' },
  'PUT /api/orgs/:orgId/offer/groups/:groupId/members': { userIds: [] },
  'PUT /api/orgs/:orgId/rules/:ruleId': { validFrom: '2030-01-01', data: { centsPerMonth: 1 } },
  ...PERFORMANCE_BODIES,
  ...CAF_BODIES,
  ...SURVEY_BODIES,
  ...PEOPLE_BODIES,
  ...COMPETENCE_BODIES,
  ...STRATEGY_BODIES,
  ...PARTNERSHIP_BODIES,
  ...GOVERNANCE_BODIES,
  ...HANDBOOK_BODIES,
  ...COMPLAINT_BODIES,
  ...SOCIAL_ECONOMY_BODIES,
  ...JOB_CARVING_BODIES,
};

/** Required query strings, for the same reason. */
const QUERIES: Record<string, (ids: Record<string, string>) => string> = {
  'GET /api/orgs/:orgId/finance/ledger/imports/:importId/compare': (ids) => `?with=${ids.importId}`,
  ...PARTNERSHIP_QUERIES,
  ...GOVERNANCE_QUERIES,
  ...HANDBOOK_QUERIES,
  'GET /api/orgs/:orgId/people/grid': () => '?week=2024-03-04&what=absence&kind=sickness',
};

/** Route parameters that are codes inside one's own organisation (an account number), not record ids. */
const OWN_KEYS = ['code'];

function apiRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>();
  return ctx.app.routes
    .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*'))
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

/** Ids of one organisation's records, by route parameter name. */
async function sampleIds(org: Awaited<ReturnType<typeof orgWithMember>>): Promise<Record<string, string>> {
  const ledger = await org.client.upload(
    `/api/orgs/${org.org.id}/finance/ledger/import`,
    { name: 'g.csv', content: sampleLedgerCsv(2025) },
    { year: '2025' },
  );
  const scenario = await org.client.post(
    `/api/orgs/${org.org.id}/finance/scenarios`,
    BODIES['PUT /api/orgs/:orgId/finance/scenarios/:scenarioId'],
  );
  expect([ledger.status, scenario.status]).toEqual([200, 200]);
  await sampleOffer(org.client, org.org.id);
  const clientId = await voucherClient(org.client, org.org.id, '2025-01-01', 'Cliënt van het slachtoffer');
  const client = await org.client.post(`/api/orgs/${org.org.id}/clients/${clientId}/agreements`, {
    functionCode: 'dagondersteuning',
    count: 1,
    per: 'week',
    startDate: '2025-01-06',
  });
  await org.client.req('PUT', `/api/orgs/${org.org.id}/registrations/week`, {
    start: '2025-01-06',
    cells: [{ clientId, functionCode: 'dagondersteuning', date: '2025-01-06', units: 1 }],
  });
  const statement = await org.client.post(`/api/orgs/${org.org.id}/statements`, { month: '2025-01' });
  const group = await org.client.post(`/api/orgs/${org.org.id}/offer/groups`, { name: 'Groep' });
  const waiting = await org.client.post(`/api/orgs/${org.org.id}/waiting-list`, {
    reference: 'W1',
    priorityGroup: 1,
    requestedOn: '2025-01-01',
    needs: [{ function: 'dagondersteuning', unitsPerWeek: 2 }],
  });
  const rules = await org.client.get(`/api/orgs/${org.org.id}/rules`);
  const employeeId = await sampleEmployee(ctx.db, org.org.id);
  const trainingId = await sampleTraining(ctx.db, org.org.id, employeeId);
  expect([client.status, statement.status, group.status, waiting.status, rules.status]).toEqual([
    200, 200, 200, 200, 200,
  ]);
  return {
    orgId: org.org.id,
    memberId: org.member.id,
    code: '620',
    importId: ledger.body.id,
    scenarioId: scenario.body.id,
    clientId,
    groupId: group.body.id,
    lineId: client.body.agreements[0].id,
    statementId: statement.body.id,
    requestId: waiting.body.id,
    ruleId: rules.body.items.find((r: { table: string }) => r.table === 'zorgbudget').id,
    ...(await memberSamples(ctx.db, org.org.id)),
    ...(await performanceSamples(org.client, org.org.id)),
    ...(await cafSamples(org.client, org.org.id)),
    ...(await surveySamples(org.client, org.org.id)),
    ...(await peopleSamples(org.client, org.org.id)),
    ...(await competenceSamples(org.client, org.org.id, employeeId, trainingId)),
    ...(await strategySamples(org.client, org.org.id)),
    ...(await partnershipSamples(org.client, org.org.id)),
    ...(await governanceSamples(org.client, org.org.id)),
    ...(await handbookSamples(org.client, org.org.id)),
    ...(await complaintSamples(org.client, org.org.id)),
    ...(await socialEconomySamples(org.client, org.org.id)),
    ...(await jobCarvingSamples(org.client, org.org.id)),
  };
}

function fill(path: string, ids: Record<string, string>, method = 'GET'): string {
  return (
    path.replace(/:(\w+)/g, (_, name: string) => {
      const id = ids[name];
      if (!id) throw new Error(`No sample id for :${name} in ${path}: add one to sampleIds()`);
      return id;
    }) + (QUERIES[`${method} ${path}`]?.(ids) ?? '')
  );
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
    const victim = await orgWithMember(ctx, 'directie');
    const intruder = await orgWithMember(ctx);
    const ids = await sampleIds(victim);
    const answers: string[] = [];
    for (const r of apiRoutes().filter((r) => r.path.includes(':orgId'))) {
      const key = `${r.method} ${r.path}`;
      const a = await intruder.client.req(
        r.method,
        fill(r.path, ids, r.method),
        BODIES[key] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}),
      );
      answers.push(`${key} → ${a.status}`);
      expect(JSON.stringify(a.body ?? '')).not.toContain(victim.org.name);
    }
    expect(answers.filter((a) => !a.endsWith('→ 404'))).toEqual([]);
    expect((await victim.client.get(`/api/orgs/${victim.org.id}`)).body.name).toBe(victim.org.name);
  });

  it('a record of another organisation, addressed through one’s own organisation, answers 404', async () => {
    const victim = await orgWithMember(ctx, 'directie');
    const intruder = await orgWithMember(ctx);
    // The intruder's organisation also has a director, so every action has a member allowed to try it.
    await intruder.client.post(`/api/orgs/${intruder.org.id}/members`, {
      email: `dir.${intruder.email}`,
      name: 'Dir',
      role: 'directie',
      password: 'een-wachtwoord',
    });
    const director = new Client(ctx.app);
    await director.login(`dir.${intruder.email}`, 'een-wachtwoord');
    const ids = { ...(await sampleIds(victim)), orgId: intruder.org.id };
    const routes = apiRoutes().filter(
      (r) =>
        r.path.includes(':orgId') && /:(?!orgId)\w+/.test(r.path) && !OWN_KEYS.some((k) => r.path.includes(`:${k}`)),
    );
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      const body = BODIES[`${r.method} ${r.path}`] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
      let a = await intruder.client.req(r.method, fill(r.path, ids, r.method), body);
      if (a.status === 403) a = await director.req(r.method, fill(r.path, ids, r.method), body);
      expect(`${r.method} ${r.path} → ${a.status}`).toBe(`${r.method} ${r.path} → 404`);
    }
  });

  it('every non-public route answers 401 without a session', async () => {
    const victim = await orgWithMember(ctx, 'directie');
    const ids = await sampleIds(victim);
    const anonymous = new Client(ctx.app);
    for (const r of apiRoutes().filter((r) => !PUBLIC.includes(`${r.method} ${r.path}`))) {
      const a = await anonymous.req(
        r.method,
        fill(r.path, ids, r.method),
        BODIES[`${r.method} ${r.path}`] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}),
      );
      expect(`${r.method} ${r.path} → ${a.status}`).toBe(`${r.method} ${r.path} → 401`);
    }
  });
});
