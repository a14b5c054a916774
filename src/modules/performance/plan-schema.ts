/** Request bodies of the strategy map and the improvement actions. */
import { z } from '@hono/zod-openapi';
import { PERSPECTIVES } from './tables.ts';

export const ACTION_STATUSES = ['plan', 'do', 'check', 'act', 'done'] as const;
/** A CAF 2020 subcriterion code: criterion 1-9 and its number (at most 6, for criterion 4). */
export const cafSubcriterion = z.string().regex(/^[1-9]\.[1-6]$/);

const actionFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  ownerId: z.uuid().nullable(),
  dueDate: z.iso.date().nullable(),
  status: z.enum(ACTION_STATUSES),
  kpiIds: z.array(z.uuid()).max(50),
  caf: z.array(z.strictObject({ subcriterion: cafSubcriterion, assessmentId: z.uuid().nullable().optional() })).max(28),
};

export const actionInput = z
  .strictObject({ ...actionFields })
  .partial()
  .required({ title: true });
export type ActionInput = z.infer<typeof actionInput>;
export const actionPatch = z.strictObject({ ...actionFields }).partial();
export type ActionPatch = z.infer<typeof actionPatch>;

export const progressNoteInput = z.strictObject({
  body: z.string().trim().min(1).max(5000),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const strategyInput = z.strictObject({
  mission: z.string().max(2000),
  vision: z.string().max(2000).default(''),
  /** Left out: the values stay as they are. */
  values: z.string().max(2000).optional(),
});
export type StrategyInput = z.infer<typeof strategyInput>;

export const objectiveInput = z.strictObject({
  perspective: z.enum(PERSPECTIVES),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  position: z.number().int().min(0).max(1000).default(0),
  /** The objectives this one contributes to (drawn as arrows on the map). */
  supports: z.array(z.uuid()).max(20).default([]),
  kpiIds: z.array(z.uuid()).max(30).default([]),
  /** The member who answers for the objective. */
  ownerId: z.uuid().nullable().default(null),
  dueDate: z.iso.date().nullable().default(null),
  resources: z.string().max(2000).default(''),
  /** Improvement actions that carry the objective out. */
  actionIds: z.array(z.uuid()).max(30).default([]),
});
export type ObjectiveInput = z.infer<typeof objectiveInput>;
