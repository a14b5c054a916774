/** Test set-up for the surveys module: sample records for the isolation test, and helpers for API tests. */
import type { Client } from '../../server/testing.ts';

/** A blank staff survey with two questions, as a draft. */
export async function draftSurvey(client: Client, orgId: string, title = 'Medewerkersbevraging'): Promise<string> {
  const created = await client.post(`/api/orgs/${orgId}/surveys`, { title: { nl: title }, audience: 'staff' });
  if (created.status !== 200) throw new Error(`survey: ${created.status} ${JSON.stringify(created.body)}`);
  const put = await client.req('PUT', `/api/orgs/${orgId}/surveys/${created.body.id}/questions`, {
    questions: [
      { kind: 'likert5', text: { nl: 'Ik werk hier graag.' }, required: true },
      { kind: 'open', text: { nl: 'Wat kan beter?' } },
    ],
  });
  if (put.status !== 200) throw new Error(`questions: ${put.status} ${JSON.stringify(put.body)}`);
  return created.body.id;
}

/** Ids of one organisation's survey records, by route parameter name. */
export async function surveySamples(client: Client, orgId: string): Promise<Record<string, string>> {
  return { surveyId: await draftSurvey(client, orgId) };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const SURVEY_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/surveys': { title: { nl: 'Overgenomen' }, audience: 'staff' },
  'PATCH /api/orgs/:orgId/surveys/:surveyId': { title: { nl: 'Overgenomen' } },
  'PUT /api/orgs/:orgId/surveys/:surveyId/questions': {
    questions: [{ kind: 'likert5', text: { nl: 'Overgenomen?' } }],
  },
  'POST /api/orgs/:orgId/surveys/:surveyId/open': { invitations: 1, closesOn: '2099-12-31' },
};

/** Respondent routes: reached with a survey token, without a session or organisation ("METHOD /api/path"). */
export const SURVEY_PUBLIC_ROUTES: string[] = ['GET /api/s/:token', 'POST /api/s/:token'];
