import type { QuestionKind, Texts } from '../tables.ts';

/** A question as the logic sees it (no database types). */
export interface Question {
  id: string;
  position: number;
  kind: QuestionKind;
  text: Texts;
  section: Texts;
  options: Texts[];
  required: boolean;
  breakdown: boolean;
  /** SERVQUAL dimension or Herzberg factor. */
  dimension: string | null;
  item: number | null;
  aspect: 'expectation' | 'perception' | null;
}

/**
 * What a new question is unless it says otherwise: no section or options, optional, no framework item.
 * A function, so no two questions share one section or options object.
 */
export const questionDefaults = () => ({
  section: {},
  options: [] as never[],
  required: false,
  breakdown: false,
  dimension: null,
  item: null,
  aspect: null,
});

/** The answers of one response: question id → value. */
export type Answers = Record<string, unknown>;

/** The lowest and highest value of a scale question. */
export function scaleOf(kind: QuestionKind): [number, number] | null {
  if (kind === 'likert5') return [1, 5];
  if (kind === 'likert7') return [1, 7];
  if (kind === 'nps') return [0, 10];
  return null;
}

export const isLikert = (kind: QuestionKind) => kind === 'likert5' || kind === 'likert7';
