/** The permission table, checked through the API: every role × every action. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, can, ROLES, type Action } from '../modules/orgs/policy.ts';
import { orgWithMember, testApp } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => { ctx = await testApp(); });
afterAll(() => ctx.close());

type Probe = (orgId: string, n: number) => { method: string; path: string; body?: unknown };

/** One request per action that needs exactly that permission. Every action must have one. */
const PROBES: Record<Action, Probe> = {
  'org.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}` }),
  'org.update': (o) => ({ method: 'PATCH', path: `/api/orgs/${o}`, body: { fiscalYearStartMonth: 9 } }),
  'members.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/members` }),
  'members.manage': (o, n) => ({ method: 'POST', path: `/api/orgs/${o}/members`, body: { email: `probe${n}@test.be`, name: 'Probe', role: 'staf', password: 'kapstok meeuw regenjas' } }),
  'audit.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/audit` }),
  'finance.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/finance/accounts` }),
  'finance.manage': (o) => ({ method: 'PUT', path: `/api/orgs/${o}/finance/accounts/6999`, body: { name: 'Probe', incomeType: null } }),
  'clients.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/clients` }),
  'clients.manage': (o) => ({ method: 'POST', path: `/api/orgs/${o}/clients`, body: { name: 'Probe Cliënt', birthYear: 1990 } }),
  'registrations.write': (o) => ({ method: 'GET', path: `/api/orgs/${o}/registrations/week?start=2025-01-06` }),
  'performance.read': (o) => ({ method: 'GET', path: `/api/orgs/${o}/cockpit` }),
  'performance.manage': (o) => ({ method: 'POST', path: `/api/orgs/${o}/actions`, body: { title: 'Probe' } }),
  'caf.score': (o) => ({ method: 'GET', path: `/api/orgs/${o}/caf/my-assessments` }),
  'surveys.manage': (o) => ({ method: 'POST', path: `/api/orgs/${o}/surveys`, body: { title: { nl: 'Probe' }, audience: 'staff' } }),
  'rules.manage': (o) => ({ method: 'POST', path: `/api/orgs/${o}/rules`, body: { table: 'zorgbudget', validFrom: '2030-01-01', data: { centsPerMonth: 31_000 } } }),
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
