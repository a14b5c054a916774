/** Input shapes of the surveys module (management API and respondent API). */
import { z } from 'zod';

export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const KINDS = ['likert5', 'likert7', 'nps', 'single', 'multiple', 'open'] as const;
export type QuestionKind = (typeof KINDS)[number];

/** A text in the survey's languages; Dutch is always required. */
export const texts = z.strictObject({
  nl: z.string().trim().min(1).max(2000),
  en: z.string().trim().max(2000).optional(),
  fr: z.string().trim().max(2000).optional(),
});
const optionalTexts = z.strictObject({
  nl: z.string().trim().max(2000).optional(),
  en: z.string().trim().max(2000).optional(),
  fr: z.string().trim().max(2000).optional(),
});

export const questionInput = z
  .strictObject({
    kind: z.enum(KINDS),
    text: texts,
    section: optionalTexts.default({}),
    options: z.array(texts).max(30).default([]),
    required: z.boolean().default(false),
    breakdown: z.boolean().default(false),
    dimension: z.string().max(40).nullable().optional(),
    item: z.number().int().min(1).max(999).nullable().optional(),
    aspect: z.enum(['expectation', 'perception']).nullable().optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Een keuzevraag heeft minstens 2 opties / a choice question needs at least 2 options',
      });
    if (!choice && q.options.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Alleen keuzevragen hebben opties / only choice questions have options',
      });
    if (q.breakdown && q.kind !== 'single')
      ctx.addIssue({
        code: 'custom',
        path: ['breakdown'],
        message:
          'Alleen een enkelvoudige keuzevraag kan een uitsplitsing zijn / only a single-choice question can be a breakdown',
      });
  });
export type QuestionInput = z.output<typeof questionInput>;

const languages = z
  .array(z.enum(LANGUAGES))
  .min(1)
  .max(3)
  .refine((l) => l.includes('nl'), { message: 'Nederlands is verplicht / Dutch is required' })
  .refine((l) => new Set(l).size === l.length, { message: 'Elke taal één keer / each language once' });

export const surveyInput = z.strictObject({
  title: texts,
  audience: z.enum(['staff', 'clients']),
  intro: optionalTexts.optional(),
  languages: languages.optional(),
  template: z.enum(['servqual', 'herzberg', 'easy']).optional(),
  /** A test survey (trying the links, the questions): its answers never feed the KPIs. */
  test: z.boolean().optional(),
});
export type SurveyInput = z.output<typeof surveyInput>;

export const surveyPatch = z.strictObject({
  title: texts.optional(),
  audience: z.enum(['staff', 'clients']).optional(),
  intro: optionalTexts.optional(),
  languages: languages.optional(),
  test: z.boolean().optional(),
});

export const questionsInput = z.strictObject({ questions: z.array(questionInput).max(200) });

const day = z.iso.date();
export const openInput = z.strictObject({
  /** Number of single-use links to generate (the number of people invited). */
  invitations: z.number().int().min(0).max(5000),
  closesOn: day,
  openLink: z.boolean().default(false),
});

/** One respondent's answers: question id → value (Likert/NPS number, option index or indexes, text). */
export const answerValue = z.union([z.number(), z.string().max(4000), z.array(z.number()).max(30)]);
export const submission = z.strictObject({
  language: z.enum(LANGUAGES).default('nl'),
  answers: z.record(z.string().max(64), answerValue.nullable()),
});
export type Submission = z.output<typeof submission>;

/** A stored text in the survey's languages, as answered (an optional text may lack Dutch). */
export const textsOut = z.object({ nl: z.string().optional(), en: z.string().optional(), fr: z.string().optional() });
export type Texts = z.infer<typeof textsOut>;
const audience = z.enum(['staff', 'clients']);
const score = z.number().nullable();

/** A survey in the list: its settings, state and counts. */
export const surveySummary = z.object({
  id: z.uuid(),
  title: textsOut,
  intro: textsOut,
  audience,
  template: z.enum(['servqual', 'herzberg', 'easy']).nullable(),
  languages: z.array(z.enum(LANGUAGES)),
  status: z.enum(['draft', 'open', 'closed']),
  closesOn: day.nullable(),
  openedOn: day.nullable(),
  closedOn: day.nullable(),
  invited: z.number().int(),
  openLink: z.boolean(),
  test: z.boolean(),
  responses: z.number().int(),
  responseRate: score,
  questions: z.number().int(),
  /** Open, but its closing date has passed: no more answers are accepted. */
  expired: z.boolean(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

/** A stored question. */
export const question = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: z.enum(KINDS),
  text: textsOut,
  section: textsOut,
  options: z.array(textsOut),
  required: z.boolean(),
  breakdown: z.boolean(),
  /** SERVQUAL dimension or Herzberg factor. */
  dimension: z.string().nullable(),
  item: z.number().int().nullable(),
  aspect: z.enum(['expectation', 'perception']).nullable(),
});
export type Question = z.infer<typeof question>;

export const surveyDetail = surveySummary.extend({ questionList: z.array(question) });
export type SurveyDetail = z.infer<typeof surveyDetail>;

export const questionsAnswer = z.object({ questions: z.array(question) });
/** The links of an opened survey: given only in this answer (and as CSV), never stored. */
export const openedLinks = z.object({ links: z.array(z.string()), openLink: z.string().nullable(), csv: z.string() });

export const csvQuery = z.object({ lang: z.enum(['nl', 'en']).optional() });

const nps = z.object({
  score: z.number(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  answered: z.number().int(),
});
const servqual = z.object({
  items: z.array(
    z.object({ item: z.number().int(), dimension: z.string(), expectation: score, perception: score, gap: score }),
  ),
  dimensions: z.array(
    z.object({
      dimension: z.string(),
      label: textsOut,
      expectation: score,
      perception: score,
      gap: score,
      items: z.number().int(),
    }),
  ),
  overall: score,
});
const herzberg = z.object({
  factors: z.array(
    z.object({
      factor: z.string(),
      group: z.enum(['motivator', 'hygiene']),
      label: textsOut,
      mean: score,
      answered: z.number().int(),
    }),
  ),
  motivators: score,
  hygiene: score,
});
/** The headline figures of a set of responses (all, or one breakdown group). */
export const figures = z.object({
  satisfaction: score,
  nps: nps.nullable(),
  servqual: servqual.nullable(),
  herzberg: herzberg.nullable(),
});
export type Figures = z.infer<typeof figures>;

/** A question's result; the figures and open answers only from the minimum number of responses. */
export const questionResult = question.omit({ required: true }).extend({
  answered: z.number().int(),
  distribution: z.array(z.object({ value: z.number().int(), count: z.number().int() })).optional(),
  mean: score.optional(),
  nps: nps.nullable().optional(),
  openAnswers: z.array(z.string()).optional(),
});
export type QuestionResult = z.infer<typeof questionResult>;

export const breakdown = z.object({
  questionId: z.uuid(),
  text: textsOut,
  groups: z.array(
    z.object({
      option: z.number().int(),
      label: textsOut,
      responses: z.number().int(),
      shown: z.boolean(),
      figures: figures.nullable(),
      /** Mean per Likert question in this group (question id → mean). */
      means: z.record(z.string(), score).nullable(),
    }),
  ),
});
export type Breakdown = z.infer<typeof breakdown>;

/** A survey's results with the 5-response rule applied (logic/results.ts). */
export const results = z.object({
  responses: z.number().int(),
  invited: z.number().int(),
  responseRate: score,
  minimum: z.number().int(),
  /** false below the minimum: only counts are given. */
  shown: z.boolean(),
  questions: z.array(questionResult),
  figures: figures.nullable(),
  breakdowns: z.array(breakdown),
});
export type Results = z.infer<typeof results>;
export const surveyResults = z.object({ survey: surveySummary, results });

/** What a respondent's link gives: that one survey's texts and questions, nothing else. */
export const respondentForm = z.object({
  title: textsOut,
  intro: textsOut,
  languages: z.array(z.enum(LANGUAGES)),
  audience,
  /** The easy-language survey: large answer buttons with pictograms. */
  easy: z.boolean(),
  closesOn: day.nullable(),
  link: z.enum(['single', 'open']),
  questions: z.array(question.pick({ id: true, kind: true, text: true, section: true, options: true, required: true })),
});
export type RespondentForm = z.infer<typeof respondentForm>;
export const submitted = z.object({ ok: z.literal(true) });
