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

export type AssessmentInput = z.infer<typeof assessmentInput>;
export type ScoreInput = z.infer<typeof scoreInput>;

export const finishInput = z.strictObject({ finishedOn: z.iso.date().optional() });

export const actionFromImprovementInput = z.strictObject({
  title: z.string().trim().max(200).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: z.iso.date().nullable().optional(),
});

/* ---------- Answers (shared with the UI: `z.infer` gives its types) ---------- */

const lang = z.object({ nl: z.string(), en: z.string() });
export const cafStatus = z.enum(['scoring', 'consensus', 'finished']);
export type CafStatus = z.infer<typeof cafStatus>;
export const cafScoring = z.enum(['classical', 'finetuned']);
export const cafKind = z.enum(['enabler', 'result']);
const fine = z.record(z.string(), z.number()).nullable();
const day = z.string();
const moment = z.string();

const band = z.object({ min: z.number(), max: z.number(), short: lang, text: lang });
/** The CAF 2020 model: criteria with their subcriteria, bands, fine-tuned parts and the spread threshold. */
export const cafModel = z.object({
  criteria: z.array(
    z.object({
      number: z.number(),
      kind: cafKind,
      title: lang,
      short: lang,
      subcriteria: z.array(
        z.object({ code: z.string(), criterion: z.number(), kind: cafKind, title: lang, description: lang }),
      ),
    }),
  ),
  bands: z.object({ enabler: z.array(band), result: z.array(band) }),
  fineParts: z.object({ enabler: z.array(z.string()), result: z.array(z.string()) }),
  fineLabels: z.record(z.string(), lang),
  discussAt: z.number(),
});

/** A round as every answer names it. */
export const assessmentSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  scoring: cafScoring,
  status: cafStatus,
  startedOn: day,
  finishedOn: day.nullable(),
  previousId: z.uuid().nullable(),
  createdAt: moment,
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

/** A round in the list, with its progress. */
export const assessmentListItem = assessmentSummary.extend({
  assessors: z.number().int(),
  submitted: z.number().int(),
  agreed: z.number().int(),
  total: z.number().int(),
});
export type AssessmentListItem = z.infer<typeof assessmentListItem>;

/** A round of the caller's, with his own progress. */
export const myAssessment = assessmentSummary.extend({
  submittedAt: moment.nullable(),
  scored: z.number().int(),
  total: z.number().int(),
});
export type MyAssessment = z.infer<typeof myAssessment>;

/** A member who may be chosen as assessor. */
export const assessorCandidate = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: z.string() });

export const assessor = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  submittedAt: moment.nullable(),
  scored: z.number().int(),
});
export type Assessor = z.infer<typeof assessor>;

export const assessmentDetail = assessmentSummary.extend({
  assessors: z.array(assessor),
  agreed: z.array(z.string()),
  total: z.number().int(),
  previous: z.object({ id: z.uuid(), name: z.string(), finishedOn: day.nullable() }).nullable(),
});
export type AssessmentDetail = z.infer<typeof assessmentDetail>;

const texts = { evidence: z.string(), strengths: z.string(), improvements: z.string() };
/** One score of a subcriterion (an assessor's, or the agreed one as saved). */
export const scoreEntry = z.object({ subcriterion: z.string(), score: z.number().nullable(), fine, ...texts });
export type ScoreEntry = z.infer<typeof scoreEntry>;

export const myScores = z.object({
  assessment: assessmentSummary,
  submittedAt: moment.nullable(),
  scored: z.number().int(),
  total: z.number().int(),
  scores: z.array(scoreEntry),
});
export type MyScores = z.infer<typeof myScores>;

export const submitted = z.object({ submittedAt: moment });

export const spread = z.object({
  count: z.number().int(),
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  stdDev: z.number(),
  range: z.number(),
  discuss: z.boolean(),
});

export const consensusView = z.object({
  assessment: assessmentSummary,
  assessors: z.array(assessor),
  subcriteria: z.array(
    z.object({
      code: z.string(),
      criterion: z.number().int(),
      kind: cafKind,
      scores: z.array(scoreEntry.extend({ assessorId: z.uuid(), name: z.string() })),
      spread: spread.nullable(),
      consensus: z
        .object({ score: z.number(), fine, ...texts, decidedBy: z.string().nullable(), decidedAt: moment })
        .nullable(),
    }),
  ),
});
export type ConsensusView = z.infer<typeof consensusView>;

export const consensusStarted = z.object({ id: z.uuid(), status: z.literal('consensus') });
export const assessmentFinished = z.object({ id: z.uuid(), status: z.literal('finished'), finishedOn: day });

const delta = { current: z.number().nullable(), previous: z.number().nullable(), delta: z.number().nullable() };
export const results = z.object({
  assessment: assessmentSummary.omit({ previousId: true, createdAt: true }),
  provisional: z.boolean(),
  overall: z.number().nullable(),
  criteria: z.array(
    z.object({
      criterion: z.number().int(),
      kind: cafKind,
      score: z.number().nullable(),
      scored: z.number().int(),
      total: z.number().int(),
      band: z.number().int().nullable(),
    }),
  ),
  subcriteria: z.array(
    z.object({
      code: z.string(),
      criterion: z.number().int(),
      kind: cafKind,
      score: z.number().nullable(),
      band: z.number().int().nullable(),
      fine,
      ...texts,
      actions: z.array(z.object({ id: z.uuid(), title: z.string(), status: z.string(), dueDate: day.nullable() })),
    }),
  ),
  radar: z.object({
    criteria: z.array(z.number().int()),
    current: z.array(z.number().nullable()),
    previous: z.array(z.number().nullable()).nullable(),
  }),
  comparison: z
    .object({
      previous: z.object({ id: z.uuid(), name: z.string(), startedOn: day, finishedOn: day.nullable() }),
      subcriteria: z.array(z.object({ code: z.string(), ...delta })),
      criteria: z.array(z.object({ criterion: z.number().int(), ...delta })),
      overall: z.object(delta),
    })
    .nullable(),
});
export type Results = z.infer<typeof results>;

export const actionCreated = z.object({ id: z.uuid(), title: z.string() });
