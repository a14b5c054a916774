import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import {
  assessmentDetail,
  candidates,
  createAssessment,
  listAssessments,
  loadAssessment,
  myAssessments,
  myScores,
  requireSubcriterion,
  saveMyScore,
  submitMyScores,
} from './assessments.ts';
import { assessmentParams, readableAssessment, subcriterionParams } from './http.ts';
import { DISCUSS_AT } from './logic.ts';
import { BANDS, CRITERIA, FINE_LABELS, FINE_PARTS } from './model.ts';
import { assessmentInput, scoreInput } from './schema.ts';

const any = jsonResponse(z.any());
const tags = ['caf'];

/** The CAF 2020 model, the rounds, and each assessor's own scoring. */
export const cafAssessmentRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/model',
      tags,
      summary: 'The CAF 2020 model: 9 criteria, 28 subcriteria, scoring bands and fine-tuned parts (nl and en)',
      middleware: [requireAction('caf.score', 'performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    (c) =>
      c.json(
        { criteria: CRITERIA, bands: BANDS, fineParts: FINE_PARTS, fineLabels: FINE_LABELS, discussAt: DISCUSS_AT },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessments',
      tags,
      summary: 'Every self-assessment round with its progress',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await listAssessments(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessors',
      tags,
      summary: 'Members who may be chosen as assessors (their role may score)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await candidates(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/caf/assessments',
      tags,
      summary: 'Start a self-assessment round with its assessors',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(assessmentInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const input = c.req.valid('json');
      const a = await c.var.db.transaction().execute((tx) => createAssessment(tx, orgId, currentUser(c).id, input));
      await auditFor(c)({
        orgId,
        action: 'caf.assessment_created',
        entity: 'caf_assessment',
        entityId: a.id,
        details: { name: a.name, scoring: a.scoring, assessors: input.assessors.length },
      });
      return c.json(await assessmentDetail(c.var.db, orgId, a), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/my-assessments',
      tags,
      summary: 'The rounds in which the caller is an assessor, with his own progress',
      middleware: [requireAction('caf.score')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await myAssessments(c.var.db, c.req.valid('param').orgId, currentUser(c).id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}',
      tags,
      summary: 'A round with its assessors and their progress (no scores)',
      middleware: [requireAction('performance.read', 'caf.score')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      return c.json(await assessmentDetail(c.var.db, orgId, await readableAssessment(c, orgId, assessmentId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/my-scores',
      tags,
      summary: 'The caller’s own scores of a round (404 for a non-assessor)',
      middleware: [requireAction('caf.score')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      return c.json(
        await myScores(c.var.db, orgId, await loadAssessment(c.var.db, orgId, assessmentId), currentUser(c).id),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}',
      tags,
      summary:
        'Save the caller’s own score of a subcriterion: score (classical) or fine parts, evidence, strengths, improvements',
      middleware: [requireAction('caf.score')] as const,
      request: { params: subcriterionParams, ...jsonBody(scoreInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId, subcriterion } = c.req.valid('param');
      requireSubcriterion(subcriterion);
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      const saved = await saveMyScore(c.var.db, orgId, a, currentUser(c).id, subcriterion, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'caf.score_saved',
        entity: 'caf_assessment',
        entityId: a.id,
        details: { subcriterion, score: saved.score },
      });
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/submit',
      tags,
      summary: 'Submit the caller’s scores (all 28 scored, else 422 listing the missing ones)',
      middleware: [requireAction('caf.score')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      const result = await submitMyScores(c.var.db, orgId, a, currentUser(c).id);
      await auditFor(c)({ orgId, action: 'caf.scores_submitted', entity: 'caf_assessment', entityId: a.id });
      return c.json(result, 200);
    },
  );
