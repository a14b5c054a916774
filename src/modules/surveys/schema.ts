/** Input shapes of the surveys module (management API and respondent API). */
import { z } from 'zod';
import type { Texts } from './tables.ts';

export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const KINDS = ['likert5', 'likert7', 'nps', 'single', 'multiple', 'open'] as const;

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
  template: z.enum(['servqual', 'herzberg']).optional(),
});
export type SurveyInput = z.output<typeof surveyInput>;

export const surveyPatch = z.strictObject({
  title: texts.optional(),
  audience: z.enum(['staff', 'clients']).optional(),
  intro: optionalTexts.optional(),
  languages: languages.optional(),
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

/** A survey in the list: its settings, state and counts. */
export interface SurveySummary {
  id: string;
  title: Texts;
  intro: Texts;
  audience: 'staff' | 'clients';
  template: 'servqual' | 'herzberg' | null;
  languages: string[];
  status: 'draft' | 'open' | 'closed';
  closesOn: string | null;
  openedOn: string | null;
  closedOn: string | null;
  invited: number;
  openLink: boolean;
  responses: number;
  responseRate: number | null;
  questions: number;
  /** Open, but its closing date has passed: no more answers are accepted. */
  expired: boolean;
}
