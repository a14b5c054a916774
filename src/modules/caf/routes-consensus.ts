import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, router } from '../../server/http.ts';
import {
  consensusView,
  finishAssessment,
  loadAssessment,
  requireSubcriterion,
  saveConsensus,
  startConsensus,
} from './assessments.ts';
import { assessmentParams, readableAssessment, subcriterionParams } from './http.ts';
import { actionFromImprovement, assessmentResults } from './results.ts';
import { actionFromImprovementInput, finishInput, scoreInput } from './schema.ts';
import { today } from '../../lib/calendar.ts';

const any = jsonResponse(z.any());
const tags = ['caf'];

/** The consensus round, finishing, the results and actions from improvement points. */
export const cafConsensusRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus',
      tags,
      summary: 'Move the round from scoring to the consensus round',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      await startConsensus(c.var.db, orgId, a);
      await auditFor(c)({ orgId, action: 'caf.consensus_started', entity: 'caf_assessment', entityId: a.id });
      return c.json({ id: a.id, status: 'consensus' }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus',
      tags,
      summary:
        'Per subcriterion every assessor’s score (named), the spread, the texts and the agreed score (from the consensus round on)',
      middleware: [requireAction('performance.read', 'caf.score')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      return c.json(await consensusView(c.var.db, orgId, await readableAssessment(c, orgId, assessmentId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}',
      tags,
      summary: 'Record the agreed score of a subcriterion with evidence, strengths and improvement points',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: subcriterionParams, ...jsonBody(scoreInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId, subcriterion } = c.req.valid('param');
      requireSubcriterion(subcriterion);
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      const saved = await saveConsensus(c.var.db, orgId, a, currentUser(c).id, subcriterion, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'caf.consensus_saved',
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
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/finish',
      tags,
      summary: 'Finish the round (all 28 subcriteria need a consensus score, else 422 listing the missing ones)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: assessmentParams, ...jsonBody(finishInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      const finishedOn = c.req.valid('json').finishedOn ?? today();
      await finishAssessment(c.var.db, orgId, a, finishedOn);
      await auditFor(c)({
        orgId,
        action: 'caf.assessment_finished',
        entity: 'caf_assessment',
        entityId: a.id,
        details: { finishedOn },
      });
      return c.json({ id: a.id, status: 'finished', finishedOn }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/results',
      tags,
      summary:
        'Consensus scores per criterion and subcriterion with bands, radar data, comparison with the previous round and linked actions',
      middleware: [requireAction('performance.read', 'caf.score')] as const,
      request: { params: assessmentParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId } = c.req.valid('param');
      return c.json(await assessmentResults(c.var.db, orgId, await readableAssessment(c, orgId, assessmentId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}/action',
      tags,
      summary:
        'Turn the improvement points of a subcriterion into an improvement action linked to it (one per subcriterion and round)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: subcriterionParams, ...jsonBody(actionFromImprovementInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, assessmentId, subcriterion } = c.req.valid('param');
      requireSubcriterion(subcriterion);
      const a = await loadAssessment(c.var.db, orgId, assessmentId);
      const action = await actionFromImprovement(
        c.var.db,
        orgId,
        a,
        currentUser(c).id,
        subcriterion,
        c.req.valid('json'),
      );
      await auditFor(c)({
        orgId,
        action: 'caf.action_created',
        entity: 'perf_action',
        entityId: action.id,
        details: { assessmentId: a.id, subcriterion },
      });
      return c.json(action, 200);
    },
  );
