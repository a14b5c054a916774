/** Test set-up for the surveys module: sample records for the isolation test, and helpers for API tests. */
import type { Client } from '../../server/testing.ts';

/** A blank staff survey with two questions, as a draft. */
export async function draftSurvey(client: Client, orgId: string, title = 'Medewerkersbevraging'): Promise<string> {
  const created = await client.api.POST('/orgs/{orgId}/surveys', {
    params: { path: { orgId } },
    body: { title: { nl: title }, audience: 'staff' },
  });
  if (!created.data) throw new Error(`survey: ${created.response.status} ${JSON.stringify(created.error)}`);
  const surveyId = created.data.id;
  const put = await client.api.PUT('/orgs/{orgId}/surveys/{surveyId}/questions', {
    params: { path: { orgId, surveyId } },
    body: {
      questions: [
        { kind: 'likert5', text: { nl: 'Ik werk hier graag.' }, required: true },
        { kind: 'open', text: { nl: 'Wat kan beter?' } },
      ],
    },
  });
  if (!put.data) throw new Error(`questions: ${put.response.status} ${JSON.stringify(put.error)}`);
  return surveyId;
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
