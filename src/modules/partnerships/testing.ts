/** Test set-up for partnerships: sample records and valid bodies for the router-wide isolation test. */
import { answer, type Client } from '../../server/testing.ts';
import type { AssessmentInput } from './schema.ts';

export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

/** A proposed partnership with a housing company, two risks scored and one principle noted. */
export const HOUSING: AssessmentInput = {
  partner: 'Woonmaatschappij De Schakel',
  sphere: 'state',
  hybridisation: 'external',
  stage: 'proposed',
  purpose: 'Begeleid wonen in sociale woningen',
  risks: [
    { risk: 'mission_drift', likelihood: 2, impact: 4, mitigation: 'Stuurgroep met cliëntvertegenwoordiger' },
    { risk: 'cream_skimming', likelihood: 4, impact: 4, mitigation: 'Toewijzing volgens onze prioriteitengroepen' },
  ],
  opportunities: [{ opportunity: 'resources', score: 4, note: 'Woningen' }],
  principles: [{ principle: 'participation', check: 'attention', note: 'Bewonersraad betrekken' }],
};

/** An assessment (decided, so it has version 1) and an innovation project, by route parameter name. */
export async function partnershipSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const created = await answer(
    client.api.POST('/orgs/{orgId}/partnerships/assessments', { ...inOrg(orgId), body: HOUSING }),
  );
  if (created.status !== 200) throw new Error(`assessment: ${created.status}`);
  const assessmentId = created.body.id;
  const decided = await answer(
    client.api.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}/decision', {
      params: { path: { orgId, assessmentId } },
      body: { decision: 'partnership', decidedOn: '2026-01-15', reviewOn: '2027-01-15' },
    }),
  );
  const project = await answer(
    client.api.POST('/orgs/{orgId}/partnerships/projects', { ...inOrg(orgId), body: { name: 'Buurtzorg in de wijk' } }),
  );
  if (decided.status !== 200 || project.status !== 200) throw new Error(`samples: ${decided.status} ${project.status}`);
  return { assessmentId, projectId: project.body.id };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const PARTNERSHIP_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/partnerships/assessments': {
    partner: 'Overgenomen',
    sphere: 'market',
    hybridisation: 'external',
  },
  'PUT /api/orgs/:orgId/partnerships/assessments/:assessmentId': {
    partner: 'Overgenomen',
    sphere: 'market',
    hybridisation: 'external',
  },
  'PUT /api/orgs/:orgId/partnerships/assessments/:assessmentId/decision': {
    decision: 'no_cooperation',
    decidedOn: '2026-01-15',
  },
  'POST /api/orgs/:orgId/partnerships/projects': { name: 'Overgenomen' },
  'PUT /api/orgs/:orgId/partnerships/projects/:projectId': { name: 'Overgenomen' },
};

/** Required query strings of partnership routes. */
export const PARTNERSHIP_QUERIES: Record<string, () => string> = {
  'GET /api/orgs/:orgId/partnerships/assessments/:assessmentId/compare': () => '?from=1&to=1',
};
