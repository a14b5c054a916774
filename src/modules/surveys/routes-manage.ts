import { z } from 'zod';
import { download, idAnswer, orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { resultsCsv } from './export.ts';
import { listSurveys, questionsOf, surveySummary } from './queries.ts';
import {
  closeSurvey,
  createSurvey,
  deleteDraft,
  openSurvey,
  replaceQuestions,
  resultsOf,
  updateSurvey,
} from './surveys.ts';
import {
  csvQuery,
  openedLinks,
  openInput,
  questionsAnswer,
  questionsInput,
  surveyDetail,
  surveyInput,
  surveyPatch,
  surveyResults,
  surveySummary as summary,
} from './schema.ts';

const surveyParams = orgParams.extend({ surveyId: z.uuid() });
/** Reading surveys and results: who manages surveys, and who reads the performance figures (the board). */
const read = ['surveys.manage', 'performance.read'] as const;
const manage = 'surveys.manage';
const tags: [string] = ['surveys'];
/** A CSV download (`fileResponse` types its schema as a plain string, which the builder's handler type refuses). */
const csvFile = { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } } as const;

/** Surveys: define, open with links, close, results (surveys.manage; results also with performance.read). */
export const surveyManageRoutes = routes(
  ...crudRoutes({
    base: '/orgs/{orgId}/surveys',
    key: 'surveyId',
    tags,
    action: manage,
    entity: 'survey',
    event: 'survey.',
    response: idAnswer,
    list: {
      summary: 'The surveys of the organisation with status, closing date and response rate',
      action: [...read],
      response: z.object({ items: z.array(summary) }),
      load: async ({ orgId, db }) => ({ items: await listSurveys(db, orgId) }),
    },
    create: {
      summary: 'Create a survey: blank, or from the SERVQUAL or Herzberg template',
      body: surveyInput,
      run: async ({ orgId, user, db }, input) => ({ id: await createSurvey(db, orgId, user.id, input) }),
      details: (input) => ({ template: input.template ?? null, audience: input.audience }),
    },
    get: {
      summary: 'A survey with its questions',
      action: [...read],
      response: surveyDetail,
      load: async ({ orgId, db }, id) => ({
        ...(await surveySummary(db, orgId, id)),
        questionList: await questionsOf(db, orgId, id),
      }),
    },
    update: {
      summary: 'Change title, intro, audience or languages (draft only, else 422)',
      method: 'patch',
      body: surveyPatch,
      run: async ({ orgId, db }, id, patch) => {
        await updateSurvey(db, orgId, id, patch);
        return { id };
      },
      details: (patch) => ({ fields: Object.keys(patch) }),
    },
    remove: {
      summary: 'Delete a draft (an opened survey is kept, else 422)',
      answer: idAnswer,
      run: ({ orgId, db }, id) => deleteDraft(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/surveys/{surveyId}/questions',
    tags,
    summary: 'Replace the questions (draft only, else 422)',
    action: manage,
    params: surveyParams,
    body: questionsInput,
    response: questionsAnswer,
    handler: async (c, { orgId, db, params: { surveyId }, body: { questions }, audit }) => {
      await replaceQuestions(db, orgId, surveyId, questions);
      await audit({
        action: 'survey.questions',
        entity: 'survey',
        entityId: surveyId,
        details: { questions: questions.length },
      });
      return c.json({ questions: await questionsOf(db, orgId, surveyId) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/surveys/{surveyId}/open',
    tags,
    summary:
      'Open a draft: one single-use link per invitation and optionally an open link, returned only in this answer',
    action: manage,
    params: surveyParams,
    body: openInput,
    response: openedLinks,
    handler: async (c, { orgId, db, params: { surveyId }, body: input, audit }) => {
      const { tokens, openToken } = await openSurvey(db, orgId, surveyId, input);
      await audit({
        action: 'survey.opened',
        entity: 'survey',
        entityId: surveyId,
        details: { invitations: tokens.length, openLink: openToken !== null, closesOn: input.closesOn },
      });
      const base = c.var.config.publicUrl;
      const links = tokens.map((t) => `${base}/s/${t}`);
      const openLink = openToken ? `${base}/s/${openToken}` : null;
      const csv = `${[
        '\uFEFFnr;link',
        ...links.map((l, i) => `${i + 1};${l}`),
        ...(openLink ? [`open;${openLink}`] : []),
      ].join('\r\n')}\r\n`;
      return c.json({ links, openLink, csv }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/surveys/{surveyId}/close',
    tags,
    summary: 'Close an open survey: no more answers are accepted',
    action: manage,
    params: surveyParams,
    response: idAnswer,
    handler: async (c, { orgId, db, params: { surveyId }, audit }) => {
      await closeSurvey(db, orgId, surveyId);
      await audit({ action: 'survey.closed', entity: 'survey', entityId: surveyId });
      return c.json({ id: surveyId }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/surveys/{surveyId}/results',
    tags,
    summary: 'Results: counts only below 5 responses (also per breakdown group)',
    action: [...read],
    params: surveyParams,
    response: surveyResults,
    handler: async (c, { orgId, db, params }) => c.json(await resultsOf(db, orgId, params.surveyId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/surveys/{surveyId}/results/csv',
    tags,
    summary: 'Aggregated results as CSV (Excel, Belgian settings); never single responses',
    action: [...read],
    params: surveyParams,
    query: csvQuery,
    response: csvFile,
    handler: async (c, { orgId, db, params: { surveyId }, query }) => {
      const lang = query.lang ?? c.var.lang;
      const { survey, results } = await resultsOf(db, orgId, surveyId);
      return download(
        resultsCsv(survey, results, lang),
        'text/csv; charset=utf-8',
        `bevraging-${surveyId.slice(0, 8)}.csv`,
      );
    },
  }),
);
