/**
 * Survey results, computed from the stored answers: distributions and means per question, NPS,
 * SERVQUAL gaps, Herzberg factor means, satisfaction on 0-100, and the same per breakdown group.
 * Nothing but counts is given below MIN_RESPONSES responses (overall, and per group).
 */
import type { Texts } from '../tables.ts';
import { HERZBERG_FACTORS, SERVQUAL_DIMENSIONS } from './frameworks.ts';
import { isLikert, scaleOf, type Answers, type Question } from './question.ts';

/** Results (every figure, chart, open answer, and per breakdown group) are shown from this many responses. */
export const MIN_RESPONSES = 5;

/** Rounds half away from zero (-1.125 → -1.13), as a reader rounds by hand. */
const round = (x: number, digits = 2) => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** digits)) / 10 ** digits || 0;
const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const roundOrNull = (x: number | null, digits = 2) => (x === null ? null : round(x, digits));

export interface Nps {
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  answered: number;
}

/** Net Promoter Score: % promoters (9-10) minus % detractors (0-6); null without answers. */
export function npsOf(values: readonly number[]): Nps | null {
  if (values.length === 0) return null;
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  return {
    score: round(((promoters - detractors) / values.length) * 100, 1),
    promoters,
    passives: values.length - promoters - detractors,
    detractors,
    answered: values.length,
  };
}

/** A Likert answer on 0-100: 1 → 0, the top of the scale → 100. */
export function rescale(kind: Question['kind'], value: number): number {
  const [lo, hi] = scaleOf(kind) ?? [0, 100];
  return ((value - lo) / (hi - lo)) * 100;
}

const numbersOf = (responses: readonly Answers[], id: string): number[] =>
  responses.flatMap((r) => (typeof r[id] === 'number' ? [r[id] as number] : []));

export interface GapItem {
  item: number;
  dimension: string;
  expectation: number | null;
  perception: number | null;
  gap: number | null;
}
export interface GapDimension {
  dimension: string;
  label: Texts;
  expectation: number | null;
  perception: number | null;
  gap: number | null;
  items: number;
}
export interface Servqual {
  items: GapItem[];
  dimensions: GapDimension[];
  overall: number | null;
}

/**
 * SERVQUAL gaps: per item the mean perception minus the mean expectation; per dimension the mean of
 * its item gaps; overall the mean of the dimension gaps. Negative: the expectation is not met.
 */
export function servqualGaps(questions: readonly Question[], responses: readonly Answers[]): Servqual | null {
  const paired = questions.filter((q) => q.aspect && q.item !== null && q.dimension);
  if (paired.length === 0) return null;
  const byItem = new Map<number, GapItem>();
  for (const q of paired) {
    const entry = byItem.get(q.item!) ?? {
      item: q.item!,
      dimension: q.dimension!,
      expectation: null,
      perception: null,
      gap: null,
    };
    entry[q.aspect!] = mean(numbersOf(responses, q.id));
    byItem.set(q.item!, entry);
  }
  const items = [...byItem.values()]
    .sort((a, b) => a.item - b.item)
    .map((i) => ({
      ...i,
      gap: i.expectation !== null && i.perception !== null ? round(i.perception - i.expectation) : null,
      expectation: roundOrNull(i.expectation),
      perception: roundOrNull(i.perception),
    }));
  const order = SERVQUAL_DIMENSIONS.map((d) => d.code as string);
  const codes = [...new Set(items.map((i) => i.dimension))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const dimensions = codes.map((code) => {
    const of = items.filter((i) => i.dimension === code);
    const pick = (f: (i: GapItem) => number | null) =>
      roundOrNull(mean(of.flatMap((i) => (f(i) === null ? [] : [f(i)!]))));
    return {
      dimension: code,
      label: SERVQUAL_DIMENSIONS.find((d) => d.code === code)?.label ?? { nl: code },
      expectation: pick((i) => i.expectation),
      perception: pick((i) => i.perception),
      gap: pick((i) => i.gap),
      items: of.length,
    };
  });
  return { items, dimensions, overall: roundOrNull(mean(dimensions.flatMap((d) => (d.gap === null ? [] : [d.gap])))) };
}

export interface HerzbergFactor {
  factor: string;
  group: 'motivator' | 'hygiene';
  label: Texts;
  mean: number | null;
  answered: number;
}
export interface Herzberg {
  factors: HerzbergFactor[];
  motivators: number | null;
  hygiene: number | null;
}

/** Herzberg: the mean Likert answer per factor, and the mean of the factor means per group. */
export function herzbergFactors(questions: readonly Question[], responses: readonly Answers[]): Herzberg | null {
  const known = new Map(HERZBERG_FACTORS.map((f) => [f.code as string, f]));
  const rated = questions.filter((q) => q.dimension && known.has(q.dimension) && isLikert(q.kind));
  if (rated.length === 0) return null;
  const factors = HERZBERG_FACTORS.filter((f) => rated.some((q) => q.dimension === f.code)).map((f) => {
    const values = rated.filter((q) => q.dimension === f.code).flatMap((q) => numbersOf(responses, q.id));
    return { factor: f.code, group: f.group, label: f.label, mean: roundOrNull(mean(values)), answered: values.length };
  });
  const groupMean = (g: 'motivator' | 'hygiene') =>
    roundOrNull(mean(factors.filter((f) => f.group === g && f.mean !== null).map((f) => f.mean!)));
  return { factors, motivators: groupMean('motivator'), hygiene: groupMean('hygiene') };
}

/** Mean of all Likert answers on 0-100; with expectation/perception pairs (SERVQUAL) the perceptions only. */
export function satisfactionOf(questions: readonly Question[], responses: readonly Answers[]): number | null {
  const paired = questions.some((q) => q.aspect);
  const values = questions
    .filter((q) => isLikert(q.kind) && (!paired || q.aspect === 'perception'))
    .flatMap((q) => numbersOf(responses, q.id).map((v) => rescale(q.kind, v)));
  return roundOrNull(mean(values), 1);
}

export interface Figures {
  satisfaction: number | null;
  nps: Nps | null;
  servqual: Servqual | null;
  herzberg: Herzberg | null;
}

/** The headline figures of a set of responses (all, or one breakdown group). */
export function figuresOf(questions: readonly Question[], responses: readonly Answers[]): Figures {
  const npsQuestion = questions.find((q) => q.kind === 'nps');
  return {
    satisfaction: satisfactionOf(questions, responses),
    nps: npsQuestion ? npsOf(numbersOf(responses, npsQuestion.id)) : null,
    servqual: servqualGaps(questions, responses),
    herzberg: herzbergFactors(questions, responses),
  };
}

export interface QuestionResult {
  id: string;
  position: number;
  kind: Question['kind'];
  text: Texts;
  section: Texts;
  options: Texts[];
  dimension: string | null;
  item: number | null;
  aspect: Question['aspect'];
  breakdown: boolean;
  /** How many responses answered this question (always given). */
  answered: number;
  /** From MIN_RESPONSES responses: count per scale value or per option. */
  distribution?: { value: number; count: number }[];
  mean?: number | null;
  nps?: Nps | null;
  /** From MIN_RESPONSES responses: the open answers, sorted (the order says nothing about who). */
  openAnswers?: string[];
}

function questionResult(q: Question, responses: readonly Answers[], shown: boolean): QuestionResult {
  const { id, position, kind, text, section, options, dimension, item, aspect, breakdown } = q;
  const given = responses.filter((r) => r[id] !== undefined && r[id] !== null);
  const base: QuestionResult = {
    id,
    position,
    kind,
    text,
    section,
    options,
    dimension,
    item,
    aspect,
    breakdown,
    answered: given.length,
  };
  if (!shown) return base;
  const scale = scaleOf(kind);
  if (scale) {
    const values = numbersOf(given, id);
    const distribution = Array.from({ length: scale[1] - scale[0] + 1 }, (_, i) => ({
      value: scale[0] + i,
      count: values.filter((v) => v === scale[0] + i).length,
    }));
    return {
      ...base,
      distribution,
      mean: roundOrNull(mean(values)),
      ...(kind === 'nps' ? { nps: npsOf(values) } : {}),
    };
  }
  if (kind === 'single' || kind === 'multiple') {
    const chosen = given.flatMap((r) => (Array.isArray(r[id]) ? (r[id] as number[]) : [r[id] as number]));
    return {
      ...base,
      distribution: options.map((_, i) => ({ value: i, count: chosen.filter((v) => v === i).length })),
    };
  }
  return {
    ...base,
    openAnswers: given
      .map((r) => String(r[id]))
      .filter((s) => s.trim() !== '')
      .sort((a, b) => a.localeCompare(b, 'nl')),
  };
}

export interface GroupResult {
  option: number;
  label: Texts;
  responses: number;
  shown: boolean;
  figures: Figures | null;
  /** Mean per Likert question in this group (question id → mean), from MIN_RESPONSES responses. */
  means: Record<string, number | null> | null;
}
export interface Breakdown {
  questionId: string;
  text: Texts;
  groups: GroupResult[];
}

export interface Results {
  responses: number;
  invited: number;
  responseRate: number | null;
  minimum: number;
  /** false below MIN_RESPONSES: only counts are given. */
  shown: boolean;
  questions: QuestionResult[];
  figures: Figures | null;
  breakdowns: Breakdown[];
}

export function responseRate(responses: number, invited: number): number | null {
  return invited > 0 ? round((responses / invited) * 100, 1) : null;
}

/** The results of a survey, with the 5-response rule applied overall and per breakdown group. */
export function surveyResults(questions: readonly Question[], responses: readonly Answers[], invited: number): Results {
  const shown = responses.length >= MIN_RESPONSES;
  const likert = questions.filter((q) => isLikert(q.kind));
  const breakdowns = questions
    .filter((q) => q.breakdown && q.kind === 'single')
    .map((q) => ({
      questionId: q.id,
      text: q.text,
      groups: q.options.map((label, option) => {
        const members = responses.filter((r) => r[q.id] === option);
        const groupShown = shown && members.length >= MIN_RESPONSES;
        return {
          option,
          label,
          responses: members.length,
          shown: groupShown,
          figures: groupShown ? figuresOf(questions, members) : null,
          means: groupShown
            ? Object.fromEntries(likert.map((l) => [l.id, roundOrNull(mean(numbersOf(members, l.id)))]))
            : null,
        };
      }),
    }));
  return {
    responses: responses.length,
    invited,
    responseRate: responseRate(responses.length, invited),
    minimum: MIN_RESPONSES,
    shown,
    questions: questions.map((q) => questionResult(q, responses, shown)),
    figures: shown ? figuresOf(questions, responses) : null,
    breakdowns,
  };
}
