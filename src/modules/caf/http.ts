/** Request pieces shared by the CAF routes. */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../../server/auth.ts';
import { orgParams, type AppEnv } from '../../server/http.ts';
import { can } from '../orgs/public.ts';
import { loadAssessment, requireAssessor } from './assessments.ts';

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
