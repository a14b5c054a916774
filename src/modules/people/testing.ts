/** Test set-up for the people register: sample records for the isolation test, and typed calls for API tests. */
import { answer, type Client } from '../../server/testing.ts';
import type { EmployeeInput } from './schema.ts';

export const SAMPLE_EMPLOYEE: EmployeeInput = {
  externalRef: 'P-001',
  firstName: 'An',
  lastName: 'Peeters',
  sex: 'female',
  birthYear: 1985,
  education: 'higher_non_university',
};

/** Typed calls of the people API in one organisation. */
export function peopleApi(client: Client, orgId: string) {
  const org = { path: { orgId } };
  const emp = (employeeId: string) => ({ path: { orgId, employeeId } });
  return {
    list: () => answer(client.api.GET('/orgs/{orgId}/people/employees', { params: org })),
    create: (body: EmployeeInput) => answer(client.api.POST('/orgs/{orgId}/people/employees', { params: org, body })),
    get: (employeeId: string) =>
      answer(client.api.GET('/orgs/{orgId}/people/employees/{employeeId}', { params: emp(employeeId) })),
    patch: (employeeId: string, body: Partial<EmployeeInput>) =>
      answer(client.api.PATCH('/orgs/{orgId}/people/employees/{employeeId}', { params: emp(employeeId), body })),
  };
}

/** Ids of one organisation's people records, by route parameter name. */
export async function peopleSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const api = peopleApi(client, orgId);
  const created = await api.create(SAMPLE_EMPLOYEE);
  if (created.status !== 200) throw new Error(`employee: ${created.status} ${JSON.stringify(created.body)}`);
  return { employeeId: created.body.id };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const PEOPLE_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/people/employees': { firstName: 'X', lastName: 'Y', sex: 'male' },
  'PATCH /api/orgs/:orgId/people/employees/:employeeId': { firstName: 'Overgenomen' },
};
