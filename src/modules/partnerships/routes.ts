/** The partnership routes: hybridisation assessments (decision, versions, PDF) and innovation projects. */
import { z } from '@hono/zod-openapi';
import { today } from '../../lib/calendar.ts';
import { fileSlug } from '../../lib/exports/file-name.ts';
import { download, idAnswer, orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { getOrganisation } from '../orgs/public.ts';
import { objectiveRefs } from '../performance/public.ts';
import {
  assessmentDetail,
  compareVersions,
  createAssessment,
  decide,
  deleteAssessment,
  listAssessments,
  updateAssessment,
} from './assessments.ts';
import { assessmentPdf } from './exports/assessment-pdf.ts';
import { createProject, deleteProject, listProjects, updateProject } from './projects.ts';
import * as s from './schema.ts';

const tags: ['partnerships'] = ['partnerships'];
const assessmentParams = orgParams.extend({ assessmentId: z.uuid() });
const ASSESSMENT = 'pa_assessment';

export const assessmentRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/partnerships/to-decide',
    tags,
    summary: "The decider's queue: assessments without a decision and decided ones whose review date has come",
    action: 'partnerships.decide',
    response: s.assessmentList,
    handler: async (c, { orgId, db }) => {
      const items = await listAssessments(db, orgId, today());
      return c.json({ items: items.filter((a) => a.decision === null || a.reviewDue) }, 200);
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/partnerships/assessments',
    key: 'assessmentId',
    tags,
    action: 'partnerships.manage',
    entity: ASSESSMENT,
    event: 'partnerships.assessment_',
    response: idAnswer,
    list: {
      summary: 'The partnership (hybridisation) assessments: partner, sphere, decision, review date, highest risk',
      action: 'partnerships.read',
      response: s.assessmentList,
      load: async ({ orgId, db }) => ({ items: await listAssessments(db, orgId, today()) }),
    },
    create: {
      summary: 'Start an assessment of a proposed or running partnership',
      body: s.assessmentInput,
      run: async ({ orgId, db }, body) => ({ id: await createAssessment(db, orgId, body) }),
    },
    get: {
      summary:
        'One assessment: every risk (likelihood × impact), opportunity and IFSW principle, the decision and the kept versions',
      action: 'partnerships.read',
      response: s.assessmentDetail,
      load: ({ orgId, db }, id) => assessmentDetail(db, orgId, id, today()),
    },
    remove: {
      summary: 'Remove an assessment with its versions',
      answer: idAnswer,
      run: ({ orgId, db }, id) => deleteAssessment(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/partnerships/assessments/{assessmentId}',
    tags,
    summary: 'Save an assessment (a decided one keeps the save as a new version)',
    action: 'partnerships.manage',
    params: assessmentParams,
    body: s.assessmentInput,
    response: s.assessmentDetail,
    handler: async (c, { orgId, user, db, params: { assessmentId }, body, audit }) => {
      const version = await updateAssessment(db, orgId, assessmentId, body, user.id);
      await audit({
        action: 'partnerships.assessment_updated',
        entity: ASSESSMENT,
        entityId: assessmentId,
        details: { version },
      });
      return c.json(await assessmentDetail(db, orgId, assessmentId, today()), 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/partnerships/assessments/{assessmentId}/decision',
    tags,
    summary:
      'Decide: partnership, supporting role or no cooperation, with conditions and a review date (kept as a version)',
    action: 'partnerships.decide',
    params: assessmentParams,
    body: s.decisionInput,
    response: s.assessmentDetail,
    handler: async (c, { orgId, user, db, params: { assessmentId }, body, audit }) => {
      const version = await decide(db, orgId, assessmentId, body, user.id);
      await audit({
        action: 'partnerships.decided',
        entity: ASSESSMENT,
        entityId: assessmentId,
        details: { decision: body.decision, version },
      });
      return c.json(await assessmentDetail(db, orgId, assessmentId, today()), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/partnerships/assessments/{assessmentId}/compare',
    tags,
    summary: 'What changed between two kept versions of an assessment',
    action: 'partnerships.read',
    params: assessmentParams,
    query: s.compareQuery,
    response: s.comparison,
    handler: async (c, { orgId, db, params: { assessmentId }, query }) =>
      c.json(await compareVersions(db, orgId, assessmentId, query.from, query.to), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/partnerships/assessments/{assessmentId}/report.pdf',
    tags,
    summary: 'The assessment as PDF for the board: decision, heat map, risks, opportunities and principles',
    action: 'partnerships.read',
    params: assessmentParams,
    response: fileResponse('application/pdf'),
    handler: async (c, { orgId, db, params: { assessmentId }, audit }) => {
      const [detail, org] = await Promise.all([
        assessmentDetail(db, orgId, assessmentId, today()),
        getOrganisation(db, orgId),
      ]);
      await audit({ action: 'partnerships.report_downloaded', entity: ASSESSMENT, entityId: assessmentId, read: true });
      const pdf = await assessmentPdf(detail, org?.name ?? '', c.var.lang);
      return download(pdf as BodyInit, 'application/pdf', `partnerschap-${fileSlug(detail.partner, 'partner')}.pdf`);
    },
  }),
);

export const projectRoutes = routes(
  ...crudRoutes({
    base: '/orgs/{orgId}/partnerships/projects',
    key: 'projectId',
    tags,
    action: 'partnerships.manage',
    entity: 'pa_project',
    event: 'partnerships.project_',
    response: idAnswer,
    list: {
      summary:
        'Innovation projects with their funding state (a warning twelve months before the end without a continuation plan)',
      action: 'partnerships.read',
      response: s.projectList,
      load: async ({ orgId, db }) => ({ items: await listProjects(db, orgId, today()) }),
    },
    create: {
      summary: 'Add an innovation project: funder, amount, funding period, objectives, results, continuation plan',
      body: s.projectInput,
      run: async ({ orgId, db }, body) => ({ id: await createProject(db, orgId, body) }),
    },
    update: {
      summary: 'Change an innovation project',
      body: s.projectInput,
      run: async ({ orgId, db }, id, body) => {
        await updateProject(db, orgId, id, body);
        return { id };
      },
    },
    remove: {
      summary: 'Remove an innovation project',
      answer: idAnswer,
      run: ({ orgId, db }, id) => deleteProject(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/partnerships/objectives',
    tags,
    summary: "The strategy map's objectives a project can serve",
    action: 'partnerships.read',
    response: s.objectiveChoices,
    handler: async (c, { orgId, db }) => c.json({ items: await objectiveRefs(db, orgId) }, 200),
  }),
);
