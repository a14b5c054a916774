/** Request bodies of the CAF routes. Scores are plain numbers here: the 0-100 rule answers 422 naming the field (see logic.ts). */
import { z } from '@hono/zod-openapi';

const text = z.string().max(10_000);

export const assessmentInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  scoring: z.enum(['classical', 'finetuned']),
  startedOn: z.iso.date(),
  assessors: z.array(z.uuid()).min(1).max(30),
  previousId: z.uuid().nullable().optional(),
});

export const scoreInput = z.strictObject({
  score: z.number().nullable().optional(),
  fine: z.record(z.string(), z.number()).nullable().optional(),
  evidence: text.optional(),
  strengths: text.optional(),
  improvements: text.optional(),
});

export const finishInput = z.strictObject({ finishedOn: z.iso.date().optional() });

export const actionFromImprovementInput = z.strictObject({
  title: z.string().trim().max(200).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: z.iso.date().nullable().optional(),
});
