import { today } from '../../lib/calendar.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { loadAssessment, requireSubcriterion } from './assessments.ts';
import { consensusView, finishAssessment, saveConsensus, startConsensus } from './consensus.ts';
import { assessmentParams, roundViewRoute, scoreRoute, subcriterionParams } from './http.ts';
import { actionFromImprovement, assessmentResults } from './results.ts';
import * as s from './schema.ts';

const tags: [string] = ['caf'];

/** The consensus round, finishing, the results and actions from improvement points. */
export const cafConsensusRoutes = routes(
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus',
    tags,
    summary: 'Move the round from scoring to the consensus round',
    action: 'performance.manage',
    params: assessmentParams,
    response: s.consensusStarted,
    handler: async (c, { orgId, db, params, audit }) => {
      const a = await loadAssessment(db, orgId, params.assessmentId);
      await startConsensus(db, orgId, a);
      await audit({ action: 'caf.consensus_started', entity: 'caf_assessment', entityId: a.id });
      return c.json({ id: a.id, status: 'consensus' as const }, 200);
    },
  }),
  roundViewRoute({
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus',
    summary:
      'Per subcriterion every assessor’s score (named), the spread, the texts and the agreed score (from the consensus round on)',
    response: s.consensusView,
    view: consensusView,
  }),
  scoreRoute({
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}',
    summary: 'Record the agreed score of a subcriterion with evidence, strengths and improvement points',
    action: 'performance.manage',
    save: saveConsensus,
    event: 'caf.consensus_saved',
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/finish',
    tags,
    summary: 'Finish the round (all 28 subcriteria need a consensus score, else 422 listing the missing ones)',
    action: 'performance.manage',
    params: assessmentParams,
    body: s.finishInput,
    response: s.assessmentFinished,
    handler: async (c, { orgId, db, params, body, audit }) => {
      const a = await loadAssessment(db, orgId, params.assessmentId);
      const finishedOn = body.finishedOn ?? today();
      await finishAssessment(db, orgId, a, finishedOn);
      await audit({
        action: 'caf.assessment_finished',
        entity: 'caf_assessment',
        entityId: a.id,
        details: { finishedOn },
      });
      return c.json({ id: a.id, status: 'finished' as const, finishedOn }, 200);
    },
  }),
  roundViewRoute({
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/results',
    summary:
      'Consensus scores per criterion and subcriterion with bands, radar data, comparison with the previous round and linked actions',
    response: s.results,
    view: assessmentResults,
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}/action',
    tags,
    summary:
      'Turn the improvement points of a subcriterion into an improvement action linked to it (one per subcriterion and round)',
    action: 'performance.manage',
    params: subcriterionParams,
    body: s.actionFromImprovementInput,
    response: s.actionCreated,
    handler: async (c, { orgId, user, db, params: { assessmentId, subcriterion }, body: input, audit }) => {
      requireSubcriterion(subcriterion);
      const a = await loadAssessment(db, orgId, assessmentId);
      const action = await actionFromImprovement(db, orgId, a, user.id, subcriterion, input);
      await audit({
        action: 'caf.action_created',
        entity: 'perf_action',
        entityId: action.id,
        details: { assessmentId: a.id, subcriterion },
      });
      return c.json(action, 200);
    },
  }),
);
