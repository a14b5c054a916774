/** Contracts of the governance routes: the decision register and the board pack. */
import { z } from '@hono/zod-openapi';
import { board } from '../performance/schema.ts';
import { BODIES } from './logic.ts';

const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date();

export const decisionInput = z.strictObject({
  title: text(500).min(1),
  description: text(4000).optional(),
  body: z.enum(BODIES),
  decidedOn: day,
  objectiveId: z.uuid().nullable().optional(),
  assessmentId: z.uuid().nullable().optional(),
  projectId: z.uuid().nullable().optional(),
  followUpOwner: text(200).optional(),
  followUpOn: day.nullable().optional(),
  followUpDone: z.boolean().optional(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const boardPackQuery = z.strictObject({ meeting: day });

const ref = z.object({ id: z.uuid(), name: z.string() }).nullable();
export const decision = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  body: z.enum(BODIES),
  decidedOn: z.string(),
  objective: ref,
  assessment: ref,
  project: ref,
  followUpOwner: z.string(),
  followUpOn: z.string().nullable(),
  followUpDone: z.boolean(),
  /** The follow-up date is today or past and it is not done. */
  followUpDue: z.boolean(),
  recordedBy: z.string().nullable(),
});
export type Decision = z.infer<typeof decision>;
export const decisionList = z.object({ items: z.array(decision) });

export const decisionChoices = z.object({
  objectives: z.array(z.object({ id: z.uuid(), name: z.string() })),
  assessments: z.array(z.object({ id: z.uuid(), name: z.string() })),
  projects: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The bodies whose decisions the caller may record. */
  bodies: z.array(z.enum(BODIES)),
});
export type DecisionChoices = z.infer<typeof decisionChoices>;

export const boardPack = z.object({
  meeting: z.string(),
  organisation: z.string(),
  board,
  /** Decisions whose follow-up falls on or before the meeting and is not done. */
  decisionsDue: z.array(decision),
  /** Partnership assessments whose review date falls on or before the meeting. */
  reviews: z.array(
    z.object({
      id: z.uuid(),
      partner: z.string(),
      decision: z.enum(['partnership', 'supporting_role', 'no_cooperation']).nullable(),
      reviewOn: z.string(),
    }),
  ),
  /** Innovation projects whose funding ends within twelve months of the meeting (or ended) without a continuation plan. */
  projects: z.array(
    z.object({ id: z.uuid(), name: z.string(), funder: z.string(), fundingEnd: z.string().nullable() }),
  ),
});
export type BoardPack = z.infer<typeof boardPack>;
