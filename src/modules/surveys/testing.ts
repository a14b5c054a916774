/** Test set-up for the surveys module: sample records for the isolation test, and helpers for API tests. */
import { answer, type Client } from '../../server/testing.ts';
import { daysFromToday } from '../../lib/calendar.ts';
import type { SurveyInput } from './schema.ts';

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

const tokenPath = (token: string | null | undefined) => ({ path: { token: token ?? '' } });
type Submission = { language?: 'nl' | 'en' | 'fr'; answers: Record<string, number | string | number[] | null> };

/** The respondent's form behind a link (typed client, no session needed). */
export const formOf = (client: Client, token: string | null | undefined) =>
  answer(client.api.GET('/s/{token}', { params: tokenPath(token) }));
/** One submission through a respondent link. */
export const respond = (client: Client, token: string | null | undefined, body: Submission) =>
  answer(client.api.POST('/s/{token}', { params: tokenPath(token), body }));

const tokenOf = (link: string) => link.slice(link.indexOf('/s/') + 3);

/** Typed calls of the survey API in one organisation, for API tests; `member` manages its surveys. */
export function surveyCalls(member: { org: { id: string }; client: Client }) {
  const orgId = member.org.id;
  const orgPath = { path: { orgId } };
  const surveyPath = (surveyId: string) => ({ path: { orgId, surveyId } });
  const detail = (surveyId: string) =>
    answer(member.client.api.GET('/orgs/{orgId}/surveys/{surveyId}', { params: surveyPath(surveyId) }));
  return {
    orgPath,
    surveyPath,
    detail,
    create: (client: Client, body: SurveyInput) =>
      answer(client.api.POST('/orgs/{orgId}/surveys', { params: orgPath, body })),
    results: (client: Client, surveyId: string) =>
      answer(client.api.GET('/orgs/{orgId}/surveys/{surveyId}/results', { params: surveyPath(surveyId) })),
    csv: (surveyId: string) =>
      answer(
        member.client.api.GET('/orgs/{orgId}/surveys/{surveyId}/results/csv', {
          params: surveyPath(surveyId),
          parseAs: 'text',
        }),
      ),
    questionIds: async (surveyId: string) => (await detail(surveyId)).body.questionList.map((q) => q.id),
    /** A two-question draft, opened for 30 days with `invitations` single-use links (8) and maybe an open link. */
    openDraft: async (opts: { invitations?: number; openLink?: boolean; title?: string } = {}) => {
      const id = await draftSurvey(member.client, orgId, opts.title);
      const opened = await answer(
        member.client.api.POST('/orgs/{orgId}/surveys/{surveyId}/open', {
          params: surveyPath(id),
          body: { invitations: opts.invitations ?? 8, closesOn: daysFromToday(30), openLink: opts.openLink ?? false },
        }),
      );
      if (opened.status !== 200) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
      return {
        id,
        tokens: opened.body.links.map(tokenOf),
        openToken: opened.body.openLink ? tokenOf(opened.body.openLink) : null,
        body: opened.body,
      };
    },
  };
}
