import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import { resultsCsv } from './export.ts';
import {
  closeSurvey,
  createSurvey,
  deleteDraft,
  listSurveys,
  openSurvey,
  questionsOf,
  replaceQuestions,
  resultsOf,
  surveySummary,
  updateSurvey,
} from './queries.ts';
import { openInput, questionsInput, surveyInput, surveyPatch } from './schema.ts';

const surveyParams = orgParams.extend({ surveyId: z.uuid() });
const any = jsonResponse(z.any());
const read = () => requireAction('surveys.manage', 'performance.read');
const manage = () => requireAction('surveys.manage');
const tags = ['surveys'];

/** Surveys: define, open with links, close, results (surveys.manage; results also with performance.read). */
export const surveyManageRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/surveys',
      tags,
      summary: 'The surveys of the organisation with status, closing date and response rate',
      middleware: [read()] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await listSurveys(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/surveys',
      tags,
      summary: 'Create a survey: blank, or from the SERVQUAL or Herzberg template',
      middleware: [manage()] as const,
      request: { params: orgParams, ...jsonBody(surveyInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const input = c.req.valid('json');
      const id = await createSurvey(c.var.db, orgId, currentUser(c).id, input);
      await auditFor(c)({
        orgId,
        action: 'survey.created',
        entity: 'survey',
        entityId: id,
        details: { template: input.template ?? null, audience: input.audience },
      });
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/surveys/{surveyId}',
      tags,
      summary: 'A survey with its questions',
      middleware: [read()] as const,
      request: { params: surveyParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      const survey = await surveySummary(c.var.db, orgId, surveyId);
      return c.json({ ...survey, questionList: await questionsOf(c.var.db, orgId, surveyId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/surveys/{surveyId}',
      tags,
      summary: 'Change title, intro, audience or languages (draft only, else 422)',
      middleware: [manage()] as const,
      request: { params: surveyParams, ...jsonBody(surveyPatch) },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await updateSurvey(c.var.db, orgId, surveyId, patch);
      await auditFor(c)({
        orgId,
        action: 'survey.updated',
        entity: 'survey',
        entityId: surveyId,
        details: { fields: Object.keys(patch) },
      });
      return c.json({ id: surveyId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/surveys/{surveyId}/questions',
      tags,
      summary: 'Replace the questions (draft only, else 422)',
      middleware: [manage()] as const,
      request: { params: surveyParams, ...jsonBody(questionsInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      const { questions } = c.req.valid('json');
      await replaceQuestions(c.var.db, orgId, surveyId, questions);
      await auditFor(c)({
        orgId,
        action: 'survey.questions',
        entity: 'survey',
        entityId: surveyId,
        details: { questions: questions.length },
      });
      return c.json({ questions: await questionsOf(c.var.db, orgId, surveyId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/surveys/{surveyId}',
      tags,
      summary: 'Delete a draft (an opened survey is kept, else 422)',
      middleware: [manage()] as const,
      request: { params: surveyParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      await deleteDraft(c.var.db, orgId, surveyId);
      await auditFor(c)({ orgId, action: 'survey.deleted', entity: 'survey', entityId: surveyId });
      return c.json({ id: surveyId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/surveys/{surveyId}/open',
      tags,
      summary:
        'Open a draft: one single-use link per invitation and optionally an open link, returned only in this answer',
      middleware: [manage()] as const,
      request: { params: surveyParams, ...jsonBody(openInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { tokens, openToken } = await openSurvey(c.var.db, orgId, surveyId, input);
      await auditFor(c)({
        orgId,
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
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/surveys/{surveyId}/close',
      tags,
      summary: 'Close an open survey: no more answers are accepted',
      middleware: [manage()] as const,
      request: { params: surveyParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      await closeSurvey(c.var.db, orgId, surveyId);
      await auditFor(c)({ orgId, action: 'survey.closed', entity: 'survey', entityId: surveyId });
      return c.json({ id: surveyId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/surveys/{surveyId}/results',
      tags,
      summary: 'Results: counts only below 5 responses (also per breakdown group)',
      middleware: [read()] as const,
      request: { params: surveyParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      return c.json(await resultsOf(c.var.db, orgId, surveyId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/surveys/{surveyId}/results/csv',
      tags,
      summary: 'Aggregated results as CSV (Excel, Belgian settings); never single responses',
      middleware: [read()] as const,
      request: { params: surveyParams, query: z.object({ lang: z.enum(['nl', 'en']).optional() }) },
      responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const { orgId, surveyId } = c.req.valid('param');
      const lang = c.req.valid('query').lang ?? c.var.lang;
      const { survey, results } = await resultsOf(c.var.db, orgId, surveyId);
      c.header('Content-Disposition', `attachment; filename="bevraging-${surveyId.slice(0, 8)}.csv"`);
      return c.body(resultsCsv(survey, results, lang), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    },
  );
