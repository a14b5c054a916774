/** Shapes of the surveys API answers, as the pages use them. */
export type { SurveySummary } from '../../modules/surveys/schema.ts';
export type { Question } from '../../modules/surveys/logic/question.ts';
export type { Results, QuestionResult, Figures, Breakdown } from '../../modules/surveys/logic/results.ts';
export type { QuestionInput } from '../../modules/surveys/schema.ts';
export type { Texts, QuestionKind } from '../../modules/surveys/tables.ts';
import type { SurveySummary } from '../../modules/surveys/schema.ts';
import type { Question } from '../../modules/surveys/logic/question.ts';
import type { Texts } from '../../modules/surveys/tables.ts';

export type SurveyDetail = SurveySummary & { questionList: Question[] };
export type Lang3 = 'nl' | 'en' | 'fr';

/** A survey text in the wanted language, falling back to Dutch. */
export const textIn = (t: Texts | undefined, lang: string): string => (t ? t[lang as Lang3] || t.nl || '' : '');
