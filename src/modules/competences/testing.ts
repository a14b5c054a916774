/** Test set-up for the competences module: a small catalogue, and sample records for the isolation test. */
import { answer, type Client, directorWithTeam } from '../../server/testing.ts';

/** An organisation with a director (competences.manage), a begeleider and a board member. */
export const competenceTeam = (ctx: Parameters<typeof directorWithTeam>[0]) =>
  directorWithTeam(ctx, { coach: 'begeleider', board: 'bestuur' });

/** The path parameters of a call about the organisation, or about one person in it. */
export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
export const person = (orgId: string, employeeId: string) => ({ params: { path: { orgId, employeeId } } });

/** The id a 200 answer carries; any other answer fails the set-up, naming `what`. */
function idOf(a: { status: number; body: unknown }, what: string): string {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return (a.body as { id: string }).id;
}

export const LEVEL_TEXTS: [string, string, string, string] = [
  'Kent de afspraken en volgt ze met hulp',
  'Past de afspraken zelfstandig toe',
  'Past ze toe in moeilijke situaties en helpt collega’s',
  'Vernieuwt de werkwijze en coacht het team',
];

/** Adds a competence; returns its id. */
export async function addCompetence(client: Client, orgId: string, name: string): Promise<string> {
  const body = { name, levels: LEVEL_TEXTS };
  return idOf(
    await answer(client.api.POST('/orgs/{orgId}/competences/catalogue', { ...inOrg(orgId), body })),
    `competence ${name}`,
  );
}

/** Adds a role profile needing `requirements`; returns its id. */
export async function addProfile(
  client: Client,
  orgId: string,
  name: string,
  requirements: { competenceId: string; level: number }[],
): Promise<string> {
  const body = { name, requirements };
  return idOf(
    await answer(client.api.POST('/orgs/{orgId}/competences/profiles', { ...inOrg(orgId), body })),
    `profile ${name}`,
  );
}

/**
 * One of every competence record of `orgId`, about the employee `employeeId` with the training
 * `trainingId` (made by the people module's test helpers): ids by route parameter name.
 */
export async function competenceSamples(
  client: Client,
  orgId: string,
  employeeId: string,
  trainingId: string,
): Promise<Record<string, string>> {
  const competenceId = await addCompetence(client, orgId, 'Medicatie');
  const profileId = await addProfile(client, orgId, 'Begeleider', [{ competenceId, level: 2 }]);
  const assessmentId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/competences/people/{employeeId}/assessments', {
        ...person(orgId, employeeId),
        body: { competenceId, level: 2, assessedOn: '2026-01-10' },
      }),
    ),
    'assessment',
  );
  const planId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/competences/people/{employeeId}/plans', {
        ...person(orgId, employeeId),
        body: { title: 'Ontwikkelplan 2026' },
      }),
    ),
    'plan',
  );
  const actionId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/competences/plans/{planId}/actions', {
        params: { path: { orgId, planId } },
        body: { description: 'Opleiding medicatie volgen', competenceId },
      }),
    ),
    'action',
  );
  const certificateId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/competences/people/{employeeId}/certificates', {
        ...person(orgId, employeeId),
        body: { kind: 'certificate', name: 'EHBO', expiresOn: '2027-01-01' },
      }),
    ),
    'certificate',
  );
  const linkId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/competences/people/{employeeId}/training-links', {
        ...person(orgId, employeeId),
        body: { trainingId, competenceId, level: 2 },
      }),
    ),
    'training link',
  );
  return { competenceId, profileId, employeeId, assessmentId, planId, actionId, certificateId, linkId };
}

const SOME = '00000000-0000-4000-8000-000000000000';
/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const COMPETENCE_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/competences/catalogue': { name: 'Overgenomen', levels: LEVEL_TEXTS },
  'PUT /api/orgs/:orgId/competences/catalogue/:competenceId': { name: 'Overgenomen', levels: LEVEL_TEXTS },
  'POST /api/orgs/:orgId/competences/profiles': { name: 'Overgenomen', requirements: [] },
  'PUT /api/orgs/:orgId/competences/profiles/:profileId': { name: 'Overgenomen', requirements: [] },
  'PUT /api/orgs/:orgId/competences/people/:employeeId/profile': { profileId: null },
  'POST /api/orgs/:orgId/competences/people/:employeeId/assessments': { competenceId: SOME, level: 1 },
  'POST /api/orgs/:orgId/competences/me/assessments': { competenceId: SOME, level: 1 },
  'POST /api/orgs/:orgId/competences/people/:employeeId/training-links': {
    trainingId: SOME,
    competenceId: SOME,
    level: 1,
  },
  'POST /api/orgs/:orgId/competences/people/:employeeId/certificates': { kind: 'certificate', name: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/competences/certificates/:certificateId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/competences/people/:employeeId/plans': { title: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/competences/plans/:planId': { title: 'Overgenomen' },
  'POST /api/orgs/:orgId/competences/plans/:planId/actions': { description: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/competences/actions/:actionId': { status: 'done' },
};
