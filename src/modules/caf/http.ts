/** Request pieces shared by the CAF routes. */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import { currentUser } from '../../server/auth.ts';
import type { Db } from '../../server/db.ts';
import { orgParams, type AppEnv } from '../../server/http.ts';
import { orgRoute } from '../../server/route.ts';
import { type Action, can } from '../orgs/public.ts';
import { loadAssessment, requireAssessor, requireSubcriterion, type saveMyScore } from './assessments.ts';
import type { Assessment } from './queries.ts';
import * as s from './schema.ts';

const tags: [string] = ['caf'];

export const assessmentParams = orgParams.extend({ assessmentId: z.uuid() });
/** Any text: an unknown code answers 404 from the handler (`requireSubcriterion`), not 400. */
export const subcriterionParams = assessmentParams.extend({ subcriterion: z.string().max(10) });

/**
 * The round of the path for a reader: a role with performance.read sees every round; a role that
 * may only score (begeleider) sees the rounds in which it is an assessor, other rounds are 404.
 */
export async function readableAssessment(c: Context<AppEnv>, orgId: string, assessmentId: string) {
  const a = await loadAssessment(c.var.db, orgId, assessmentId);
  if (!can(c.var.role, 'performance.read')) await requireAssessor(c.var.db, orgId, a.id, currentUser(c).id);
  return a;
}

/**
 * Saving a score of a subcriterion: an assessor's own (scoring round) or the agreed one (consensus
 * round). The same input, answer and audit entry; `save` holds the rules of the round.
 */
export function scoreRoute(opts: {
  path:
    | '/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}'
    | '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}';
  summary: string;
  action: Action;
  save: typeof saveMyScore;
  event: 'caf.score_saved' | 'caf.consensus_saved';
}) {
  const { path, summary, action, save, event } = opts;
  return orgRoute({
    method: 'put',
    path,
    tags,
    summary,
    action,
    params: subcriterionParams,
    body: s.scoreInput,
    response: s.scoreEntry,
    handler: async (c, { orgId, user, db, params: { assessmentId, subcriterion }, body, audit }) => {
      requireSubcriterion(subcriterion);
      const a = await loadAssessment(db, orgId, assessmentId);
      const saved = await save(db, orgId, a, user.id, subcriterion, body);
      const details = { subcriterion, score: saved.score };
      await audit({ action: event, entity: 'caf_assessment', entityId: a.id, details });
      return c.json(saved, 200);
    },
  });
}

/** A reader's view of one round (see `readableAssessment`): the consensus table, the results. */
export function roundViewRoute<R extends ZodType>(opts: {
  path:
    | '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus'
    | '/orgs/{orgId}/caf/assessments/{assessmentId}/results';
  summary: string;
  response: R;
  view: (db: Db, orgId: string, a: Assessment) => Promise<z.input<R>>;
}) {
  // The caller's `view` is checked against its `response`; the route itself needs only a schema.
  const { path, summary, view } = opts;
  const response: ZodType = opts.response;
  return orgRoute({
    method: 'get',
    path,
    tags,
    summary,
    action: ['performance.read', 'caf.score'],
    params: assessmentParams,
    response,
    handler: async (c, { orgId, db, params }) => {
      const a = await readableAssessment(c, orgId, params.assessmentId);
      return c.json(await view(db, orgId, a), 200);
    },
  });
}
