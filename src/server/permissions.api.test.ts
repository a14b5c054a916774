/** The permission table, checked through the API: every role × every action, then the record- and field-level rules. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleOffer, voucherClient } from '../modules/clients/testing.ts';
import {
  ACTIONS,
  can,
  clientScope,
  hides,
  HIDDEN_FIELDS,
  ROLES,
  VIEW_RULES,
  type Action,
} from '../modules/orgs/policy.ts';
import { colleague, orgWithMember, testAppForFile } from './testing.ts';

const ctx = testAppForFile();

type Probe = (orgId: string, n: number) => { method: string; path: string; body?: unknown };

/** One request per action that needs exactly that permission. Every action must have one. */
const PROBES: Record<Action, Probe> = {
  'org.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}` }),
  'org.update': (o) => ({ method: 'PATCH', path: `/api/orgs/${o}`, body: { fiscalYearStartMonth: 9 } }),
  'members.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/members` }),
  'members.manage': (o, n) => ({
    method: 'POST',
    path: `/api/orgs/${o}/members`,
    body: { email: `probe${n}@test.be`, name: 'Probe', role: 'staf', password: 'kapstok meeuw regenjas' },
  }),
  'audit.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/audit` }),
  'finance.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/finance/accounts` }),
  'finance.manage': (o) => ({
    method: 'PUT',
    path: `/api/orgs/${o}/finance/accounts/6999`,
    body: { name: 'Probe', incomeType: null },
  }),
  'clients.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/clients` }),
  'clients.income': (o) => ({ method: 'GET', path: `/api/orgs/${o}/forecast?runs=100` }),
  'clients.manage': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/clients`,
    body: { name: 'Probe Cliënt', birthYear: 1990 },
  }),
  'registrations.write': (o) => ({ method: 'GET', path: `/api/orgs/${o}/registrations/week?start=2025-01-06` }),
  'performance.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/cockpit` }),
  'performance.manage': (o) => ({ method: 'POST', path: `/api/orgs/${o}/actions`, body: { title: 'Probe' } }),
  'caf.score': (o) => ({ method: 'GET', path: `/api/orgs/${o}/caf/my-assessments` }),
  'surveys.manage': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/surveys`,
    body: { title: { nl: 'Probe' }, audience: 'staff' },
  }),
  'people.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/people/employees` }),
  'people.manage': (o, n) => ({
    method: 'POST',
    path: `/api/orgs/${o}/people/employees`,
    body: { firstName: 'Probe', lastName: `Persoon ${n}`, sex: 'female' },
  }),
  'people.figures': (o) => ({ method: 'GET', path: `/api/orgs/${o}/people/hr-figures?year=2025` }),
  'competences.manage': (o) => ({ method: 'GET', path: `/api/orgs/${o}/competences/catalogue` }),
  'competences.self': (o) => ({ method: 'GET', path: `/api/orgs/${o}/competences/me` }),
  'strategy.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/strategy/stakeholders` }),
  'strategy.manage': (o, n) => ({
    method: 'POST',
    path: `/api/orgs/${o}/strategy/stakeholders`,
    body: { name: `Probe ${n}`, type: 'partners', power: 3, interest: 3, influence: 3 },
  }),
  'partnerships.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/partnerships/assessments` }),
  'partnerships.manage': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/partnerships/projects`,
    body: { name: `Probe ${randomUUID()}` },
  }),
  'partnerships.decide': (o) => ({ method: 'GET', path: `/api/orgs/${o}/partnerships/to-decide` }),
  'governance.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/governance/decisions` }),
  'governance.manage': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/governance/decisions`,
    body: { title: 'Probe', body: 'team', decidedOn: '2026-01-15' },
  }),
  'governance.board': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/governance/decisions`,
    body: { title: 'Probe', body: 'raad_van_bestuur', decidedOn: '2026-01-15' },
  }),
  'handbook.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/handbook` }),
  'handbook.write': (o) => ({ method: 'GET', path: `/api/orgs/${o}/handbook/choices` }),
  'handbook.approve': (o) => ({ method: 'GET', path: `/api/orgs/${o}/handbook/approvals` }),
  'complaints.register': (o) => ({ method: 'GET', path: `/api/orgs/${o}/complaints` }),
  'complaints.manage': (o) => ({ method: 'GET', path: `/api/orgs/${o}/complaint-link` }),
  'complaints.figures': (o) => ({ method: 'GET', path: `/api/orgs/${o}/complaint-figures` }),
  'socialeconomy.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/social-economy/workers` }),
  'socialeconomy.manage': (o, n) => ({
    method: 'POST',
    path: `/api/orgs/${o}/social-economy/partners`,
    body: { name: `Probe partner ${n}`, kind: 'lde' },
  }),
  'socialeconomy.log': (o) => ({ method: 'GET', path: `/api/orgs/${o}/social-economy/log-choices` }),
  'jobcarving.manage': (o) => ({ method: 'GET', path: `/api/orgs/${o}/job-carving/designer` }),
  'rules.manage': (o) => ({
    method: 'POST',
    path: `/api/orgs/${o}/rules`,
    body: { table: 'zorgbudget', validFrom: '2030-01-01', data: { centsPerMonth: 31_000 } },
  }),
};

describe('permissions', () => {
  it('has a probe for every action', () => {
    expect(Object.keys(PROBES).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ROLES)('role %s may do exactly what the permission table says', async (role) => {
    const { client, org } = await orgWithMember(ctx, role);
    const outcome: Record<string, number> = {};
    const expected: Record<string, number> = {};
    let n = 0;
    for (const action of ACTIONS) {
      const probe = PROBES[action](org.id, ++n);
      outcome[action] = (await client.req(probe.method, probe.path, probe.body)).status;
      expected[action] = can(role, action) ? 200 : 403;
    }
    expect(outcome).toEqual(expected);
  });
});

/** A second, logged-in member of `role` in the organisation. */

describe('record- and field-level rules (VIEW_RULES)', () => {
  it('are declared for every role, naming only known fields', () => {
    expect(Object.keys(VIEW_RULES).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(VIEW_RULES[role].hidden.every((f) => HIDDEN_FIELDS.includes(f))).toBe(true);
    expect(clientScope('begeleider')).toBe('caseload');
    expect(hides('begeleider', 'client.money')).toBe(true);
    expect(ROLES.filter((r) => can(r, 'clients.read') && clientScope(r) === 'organisation')).toEqual([
      'directie',
      'staf',
    ]);
  });

  it('a begeleider sees the clients they follow or whose group they work in, without euro amounts or the member list', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const base = `/api/orgs/${org.id}`;
    await sampleOffer(director, org.id);
    const coach = await colleague(ctx, org.id, 'begeleider');
    const followed = await voucherClient(director, org.id, '2025-01-01', 'Gevolgd Persoon');
    const inGroup = await voucherClient(director, org.id, '2025-01-01', 'Groep Persoon');
    const foreign = await voucherClient(director, org.id, '2025-01-01', 'Vreemd Persoon');
    expect((await director.patch(`${base}/clients/${followed}`, { professionalId: coach.userId })).status).toBe(200);
    const group = (await director.post(`${base}/offer/groups`, { name: 'Leefgroep Noord' })).body.id as string;
    expect((await director.patch(`${base}/clients/${inGroup}`, { groupId: group })).status).toBe(200);
    const members = await director.req('PUT', `${base}/offer/groups/${group}/members`, { userIds: [coach.userId] });
    expect(members.status).toBe(200);
    expect(members.body.groups[0].members).toEqual([{ userId: coach.userId, name: 'Collega begeleider' }]);
    for (const id of [followed, foreign]) {
      expect(
        (
          await director.post(`${base}/clients/${id}/agreements`, {
            functionCode: 'dagondersteuning',
            count: 1,
            per: 'week',
            startDate: '2025-01-01',
            endDate: '2025-12-31',
            livingCostsCents: 2_000,
            livingCostsPer: 'day',
          })
        ).status,
      ).toBe(200);
    }
    const cells = [followed, foreign].map((clientId) => ({
      clientId,
      functionCode: 'dagondersteuning',
      date: '2025-03-03',
      units: 1,
    }));
    expect((await director.req('PUT', `${base}/registrations/week`, { start: '2025-03-03', cells })).status).toBe(200);

    // Record level: the caseload, and a foreign client of the same organisation answers 404.
    const ids = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((c) => c.id).sort();
    expect(ids(await coach.client.get(`${base}/clients`))).toEqual([followed, inGroup].sort());
    expect(ids(await director.get(`${base}/clients`))).toEqual([followed, inGroup, foreign].sort());
    expect((await coach.client.get(`${base}/clients/${foreign}`)).status).toBe(404);
    expect((await coach.client.get(`${base}/clients/${inGroup}`)).status).toBe(200);
    const usage = await coach.client.get(`${base}/consumption?year=2025&asOf=2025-03-31`);
    expect(usage.body.items.map((r: { clientId: string }) => r.clientId)).toEqual([followed]);
    const grid = await coach.client.get(`${base}/registrations/week?start=2025-03-03`);
    expect(grid.body.clients.map((c: { id: string }) => c.id).sort()).toEqual([followed, inGroup].sort());
    const foreignCell = { clientId: foreign, functionCode: 'dagondersteuning', date: '2025-03-04', units: 1 };
    expect(
      (await coach.client.req('PUT', `${base}/registrations/week`, { start: '2025-03-03', cells: [foreignCell] }))
        .status,
    ).toBe(404);
    const ownCell = { clientId: followed, functionCode: 'dagondersteuning', date: '2025-03-04', units: 1 };
    expect(
      (await coach.client.req('PUT', `${base}/registrations/week`, { start: '2025-03-03', cells: [ownCell] })).status,
    ).toBe(200);

    // Field level: no euro amounts on a client, no forecast or statements, no member list.
    const mine = await coach.client.get(`${base}/clients/${followed}`);
    expect(mine.body.agreements).toHaveLength(1);
    expect(mine.body.agreements[0]).not.toHaveProperty('livingCostsCents');
    expect(JSON.stringify(mine.body)).not.toContain('2000');
    expect((await director.get(`${base}/clients/${followed}`)).body.agreements[0].livingCostsCents).toBe(2_000);
    expect(mine.body).not.toHaveProperty('income');
    expect(mine.body.funding.every((f: object) => !('incomeThisYear' in f))).toBe(true);
    expect((await director.get(`${base}/clients/${followed}`)).body.income).toBeDefined();
    const waiting = await coach.client.get(`${base}/waiting-list`);
    expect(waiting.body.budgetStarts.every((b: { clientId: string }) => [followed, inGroup].includes(b.clientId))).toBe(
      true,
    );
    expect((await coach.client.get(`${base}/forecast?runs=100`)).status).toBe(403);
    expect((await coach.client.get(`${base}/statements?month=2025-03`)).status).toBe(403);
    expect((await coach.client.get(`${base}/statements/${randomUUID()}/csv`)).status).toBe(403);
    const choices = await coach.client.get(`${base}/performance/choices`);
    expect(choices.status).toBe(200);
    expect(choices.body.people).toEqual([expect.objectContaining({ userId: coach.userId })]);
    expect((await director.get(`${base}/performance/choices`)).body.people.length).toBeGreaterThanOrEqual(3);

    // Leaving the group takes its clients out of the caseload.
    expect((await director.req('PUT', `${base}/offer/groups/${group}/members`, { userIds: [] })).status).toBe(200);
    expect(ids(await coach.client.get(`${base}/clients`))).toEqual([followed]);
    expect((await coach.client.get(`${base}/clients/${inGroup}`)).status).toBe(404);
  });

  it("only members of the organisation work in a group; another organisation's group is not found", async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const other = await orgWithMember(ctx, 'directie');
    const group = (await director.post(`/api/orgs/${org.id}/offer/groups`, { name: 'Groep' })).body.id as string;
    const outsider = await director.req('PUT', `/api/orgs/${org.id}/offer/groups/${group}/members`, {
      userIds: [other.member.userId],
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.fields[0].path).toBe('userIds.0');
    expect(
      (await other.client.req('PUT', `/api/orgs/${other.org.id}/offer/groups/${group}/members`, { userIds: [] }))
        .status,
    ).toBe(404);
    const staff = await colleague(ctx, org.id, 'staf');
    expect(
      (await staff.client.get(`/api/orgs/${org.id}/offer/group-candidates`)).body.items.map(
        (p: { userId: string }) => p.userId,
      ),
    ).toContain(staff.userId);
  });
});
