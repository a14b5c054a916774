import { z } from 'zod';
import { orgRoute, routes } from '../../server/route.ts';
import {
  assessmentDetail,
  candidates,
  createAssessment,
  listAssessments,
  loadAssessment,
  myAssessments,
  myScores,
  saveMyScore,
  submitMyScores,
} from './assessments.ts';
import { assessmentParams, readableAssessment, scoreRoute } from './http.ts';
import { DISCUSS_AT } from './logic.ts';
import { BANDS, CRITERIA, FINE_LABELS, FINE_PARTS } from './model.ts';
import * as s from './schema.ts';

const tags: [string] = ['caf'];

/** The CAF 2020 model, the rounds, and each assessor's own scoring. */
export const cafAssessmentRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/model',
    tags,
    summary: 'The CAF 2020 model: 9 criteria, 28 subcriteria, scoring bands and fine-tuned parts (nl and en)',
    action: ['caf.score', 'performance.read'],
    response: s.cafModel,
    handler: (c) =>
      c.json(
        {
          criteria: CRITERIA,
          bands: BANDS,
          fineParts: { enabler: [...FINE_PARTS.enabler], result: [...FINE_PARTS.result] },
          fineLabels: FINE_LABELS,
          discussAt: DISCUSS_AT,
        },
        200,
      ),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessments',
    tags,
    summary: 'Every self-assessment round with its progress',
    action: 'performance.read',
    response: z.object({ items: z.array(s.assessmentListItem) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listAssessments(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessors',
    tags,
    summary: 'Members who may be chosen as assessors (their role may score)',
    action: 'performance.manage',
    response: z.object({ items: z.array(s.assessorCandidate) }),
    handler: async (c, { orgId, db }) => c.json({ items: await candidates(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/caf/assessments',
    tags,
    summary: 'Start a self-assessment round with its assessors',
    action: 'performance.manage',
    body: s.assessmentInput,
    response: s.assessmentDetail,
    handler: async (c, { orgId, user, db, body: input, audit }) => {
      const a = await db.transaction().execute((tx) => createAssessment(tx, orgId, user.id, input));
      await audit({
        action: 'caf.assessment_created',
        entity: 'caf_assessment',
        entityId: a.id,
        details: { name: a.name, scoring: a.scoring, assessors: input.assessors.length },
      });
      return c.json(await assessmentDetail(db, orgId, a), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/my-assessments',
    tags,
    summary: 'The rounds in which the caller is an assessor, with his own progress',
    action: 'caf.score',
    response: z.object({ items: z.array(s.myAssessment) }),
    handler: async (c, { orgId, user, db }) => c.json({ items: await myAssessments(db, orgId, user.id) }, 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}',
    tags,
    summary: 'A round with its assessors and their progress (no scores)',
    action: ['performance.read', 'caf.score'],
    params: assessmentParams,
    response: s.assessmentDetail,
    handler: async (c, { orgId, db, params }) => {
      const a = await readableAssessment(c, orgId, params.assessmentId);
      return c.json(await assessmentDetail(db, orgId, a), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/my-scores',
    tags,
    summary: 'The caller’s own scores of a round (404 for a non-assessor)',
    action: 'caf.score',
    params: assessmentParams,
    response: s.myScores,
    handler: async (c, { orgId, user, db, params }) => {
      const a = await loadAssessment(db, orgId, params.assessmentId);
      return c.json(await myScores(db, orgId, a, user.id), 200);
    },
  }),
  scoreRoute({
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}',
    summary:
      'Save the caller’s own score of a subcriterion: score (classical) or fine parts, evidence, strengths, improvements',
    action: 'caf.score',
    save: saveMyScore,
    event: 'caf.score_saved',
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/submit',
    tags,
    summary: 'Submit the caller’s scores (all 28 scored, else 422 listing the missing ones)',
    action: 'caf.score',
    params: assessmentParams,
    response: s.submitted,
    handler: async (c, { orgId, user, db, params, audit }) => {
      const a = await loadAssessment(db, orgId, params.assessmentId);
      const result = await submitMyScores(db, orgId, a, user.id);
      await audit({ action: 'caf.scores_submitted', entity: 'caf_assessment', entityId: a.id });
      return c.json(result, 200);
    },
  }),
);
