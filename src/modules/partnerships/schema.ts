/** Contracts of the partnership routes: assessments and innovation projects (shared with the UI through `z.infer`). */
import { z } from '@hono/zod-openapi';
import {
  DECISIONS,
  HYBRIDISATIONS,
  OPPORTUNITIES,
  PRINCIPLE_CHECKS,
  PRINCIPLES,
  RISKS,
  SPHERES,
  STAGES,
} from './logic/model.ts';

const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date();
const scale = (min: number) => z.number().int().min(min).max(5);

/* ---------- Requests ---------- */

export const riskInput = z.strictObject({
  risk: z.enum(RISKS),
  likelihood: scale(1).nullable(),
  impact: scale(1).nullable(),
  mitigation: text(2000),
});
export const opportunityInput = z.strictObject({
  opportunity: z.enum(OPPORTUNITIES),
  score: scale(0).nullable(),
  note: text(2000),
});
export const principleInput = z.strictObject({
  principle: z.enum(PRINCIPLES),
  check: z.enum(PRINCIPLE_CHECKS).nullable(),
  note: text(2000),
});

/** The assessment itself; risks, opportunities and principles not given stay unscored. */
export const assessmentInput = z.strictObject({
  partner: text(200).min(1),
  sphere: z.enum(SPHERES),
  hybridisation: z.enum(HYBRIDISATIONS),
  stage: z.enum(STAGES).optional(),
  purpose: text(4000).optional(),
  risks: z.array(riskInput).max(RISKS.length).optional(),
  opportunities: z.array(opportunityInput).max(OPPORTUNITIES.length).optional(),
  principles: z.array(principleInput).max(PRINCIPLES.length).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

/** The decision on an assessment: what, on which conditions, when, and when it is reviewed. */
export const decisionInput = z.strictObject({
  decision: z.enum(DECISIONS),
  conditions: text(4000).optional(),
  decidedOn: day,
  reviewOn: day.nullable().optional(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const compareQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const projectInput = z.strictObject({
  name: text(200).min(1),
  funder: text(200).optional(),
  amountCents: z.number().int().min(0).max(1_000_000_000_00).optional(),
  fundingStart: day.nullable().optional(),
  fundingEnd: day.nullable().optional(),
  objectiveIds: z.array(z.uuid()).max(50).optional(),
  results: text(4000).optional(),
  continuationPlan: text(4000).optional(),
});
export type ProjectInput = z.infer<typeof projectInput>;

/* ---------- Answers ---------- */

const riskLevel = z.enum(['low', 'medium', 'high']);

export const assessmentSummary = z.object({
  id: z.uuid(),
  partner: z.string(),
  sphere: z.enum(SPHERES),
  hybridisation: z.enum(HYBRIDISATIONS),
  stage: z.enum(STAGES),
  decision: z.enum(DECISIONS).nullable(),
  decidedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  /** The review date is today or past. */
  reviewDue: z.boolean(),
  highestRisk: z.object({ risk: z.enum(RISKS), score: z.number().int(), level: riskLevel }).nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;
export const assessmentList = z.object({ items: z.array(assessmentSummary) });

export const assessmentDetail = assessmentSummary.extend({
  purpose: z.string(),
  conditions: z.string(),
  decidedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  risks: z.array(
    z.object({
      risk: z.enum(RISKS),
      likelihood: z.number().int().nullable(),
      impact: z.number().int().nullable(),
      mitigation: z.string(),
      score: z.number().int().nullable(),
      level: riskLevel.nullable(),
    }),
  ),
  opportunities: z.array(
    z.object({ opportunity: z.enum(OPPORTUNITIES), score: z.number().int().nullable(), note: z.string() }),
  ),
  principles: z.array(
    z.object({ principle: z.enum(PRINCIPLES), check: z.enum(PRINCIPLE_CHECKS).nullable(), note: z.string() }),
  ),
  versions: z.array(z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string().nullable() })),
});
export type AssessmentDetail = z.infer<typeof assessmentDetail>;

const value = z.union([z.string(), z.number(), z.null()]);
export const comparison = z.object({
  from: z.object({ version: z.number().int(), savedAt: z.string() }),
  to: z.object({ version: z.number().int(), savedAt: z.string() }),
  changes: z.array(z.object({ field: z.string(), item: z.string().nullable(), before: value, after: value })),
});
export type Comparison = z.infer<typeof comparison>;

export const fundingState = z.enum(['open', 'no_end', 'planned', 'warning', 'ended_without_plan', 'ended']);

export const project = z.object({
  id: z.uuid(),
  name: z.string(),
  funder: z.string(),
  amountCents: z.number().int(),
  fundingStart: z.string().nullable(),
  fundingEnd: z.string().nullable(),
  results: z.string(),
  continuationPlan: z.string(),
  objectives: z.array(z.object({ id: z.uuid(), title: z.string() })),
  state: fundingState,
  /** From this day on the project is flagged while no continuation plan exists. */
  warnFrom: z.string().nullable(),
});
export type Project = z.infer<typeof project>;
export const projectList = z.object({ items: z.array(project) });

export const objectiveChoices = z.object({
  items: z.array(z.object({ id: z.uuid(), title: z.string(), perspective: z.string() })),
});
