/** Test set-up for job-carving: a small inventory and proposal, and sample records for the isolation test. */
import type { Client } from '../../server/testing.ts';

const SOME = '00000000-0000-4000-8000-000000000000';

function ok(a: { status: number; body: unknown }, what: string) {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return a.body as { id: string; items?: { id: string }[] };
}

export const taskBody = (roleId: string, name: string, hoursPerWeek: number, over: Record<string, unknown> = {}) => ({
  roleId,
  name,
  hoursPerWeek,
  needsCertificate: false,
  clientContact: true,
  timeOfDay: 'morning',
  competenceIds: [],
  languageLevel: 'A2',
  ...over,
});

export const proposalBody = (taskIds: string[], over: Record<string, unknown> = {}) => ({
  name: 'Zorgassistent',
  functionName: 'Zorgassistent',
  targetHours: 19,
  costBasis: 'contract',
  costPerFteCents: 4_200_000,
  pricePerHourCents: null,
  taskIds,
  talents: ['empathy'],
  ...over,
});

/** Two roles (one certified) with tasks, a proposal, a vacancy (from a second proposal) and a candidate; ids by route parameter name. */
export async function jobCarvingSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const base = `/api/orgs/${orgId}/job-carving`;
  const nurse = ok(
    await client.post(`${base}/roles`, { name: 'Verpleegkundige', certified: true, costPerFteCents: 7_600_000 }),
    'role',
  );
  const kitchen = ok(
    await client.post(`${base}/roles`, { name: 'Keuken', certified: false, costPerFteCents: 4_500_000 }),
    'role',
  );
  const meals = ok(await client.post(`${base}/tasks`, taskBody(nurse.id, 'Maaltijdbedeling', 6)), 'task');
  const laundry = ok(await client.post(`${base}/tasks`, taskBody(kitchen.id, 'Wasserij', 8)), 'task');
  const proposal = ok(
    await client.post(`${base}/proposals`, proposalBody([meals.id, laundry.id], { name: 'Voorbeeld' })),
    'proposal',
  );
  const candidate = ok(
    await client.post(`${base}/candidates`, {
      name: 'Kandidaat Een',
      competenceIds: [],
      talents: ['empathy'],
      languageLevel: 'B1',
      hoursAvailable: 19,
    }),
    'candidate',
  );
  const second = ok(
    await client.post(`${base}/proposals`, proposalBody([laundry.id], { name: 'Met vacature' })),
    'proposal',
  );
  const vacancy = ok(await client.post(`${base}/proposals/${second.id}/vacancy`, {}), 'vacancy');
  return {
    roleId: nurse.id,
    taskId: meals.id,
    proposalId: proposal.id,
    candidateId: candidate.id,
    vacancyId: vacancy.id,
  };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const JOB_CARVING_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/job-carving/roles': { name: 'Overgenomen', certified: false },
  'PUT /api/orgs/:orgId/job-carving/roles/:roleId': { name: 'Overgenomen', certified: false },
  'POST /api/orgs/:orgId/job-carving/roles/:roleId/starter-tasks': { keys: ['post'] },
  'POST /api/orgs/:orgId/job-carving/tasks': taskBody(SOME, 'Overgenomen', 1),
  'PUT /api/orgs/:orgId/job-carving/tasks/:taskId': taskBody(SOME, 'Overgenomen', 1),
  'POST /api/orgs/:orgId/job-carving/proposals': proposalBody([], { name: 'Overgenomen' }),
  'PUT /api/orgs/:orgId/job-carving/proposals/:proposalId': proposalBody([], { name: 'Overgenomen' }),
  'POST /api/orgs/:orgId/job-carving/proposals/:proposalId/agreement': { partnerId: SOME, startOn: '2026-01-01' },
  'PATCH /api/orgs/:orgId/job-carving/vacancies/:vacancyId': { status: 'closed' },
  'POST /api/orgs/:orgId/job-carving/candidates': {
    name: 'Overgenomen',
    competenceIds: [],
    talents: [],
    languageLevel: 'none',
    hoursAvailable: 1,
  },
  'PUT /api/orgs/:orgId/job-carving/candidates/:candidateId': {
    name: 'Overgenomen',
    competenceIds: [],
    talents: [],
    languageLevel: 'none',
    hoursAvailable: 1,
  },
};
