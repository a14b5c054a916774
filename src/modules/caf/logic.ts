/**
 * CAF scoring, pure: the band of a score, fine-tuned scores, criterion means, the spread between
 * assessors and the comparison with an earlier assessment.
 *
 * Rules (documented in docs/api-caf.md):
 * - every score is a whole number from 0 to 100;
 * - fine-tuned: a subcriterion's score is the mean of its parts (Plan, Do, Check, Act for enablers;
 *   trends and targets for results), rounded half up to a whole number, and only once every part is
 *   rated;
 * - a criterion's score is the mean of its scored subcriteria, rounded to one decimal; the overall
 *   score is the mean of the criterion scores (every criterion weighs the same, as in CAF's 900 points);
 * - assessors discuss a subcriterion when their scores lie 20 points or more apart (max − min ≥ 20:
 *   about one scoring band), whatever the standard deviation.
 */
import type { FieldError } from '../../server/errors.ts';
import { BANDS, CRITERIA, FINE_PARTS, subcriterion, type Band, type CafKind } from './model.ts';
import { msg } from './messages.ts';

export type Scoring = 'classical' | 'finetuned';
export type Fine = Record<string, number>;

/** The spread at which assessors should discuss their scores (max − min, points). */
export const DISCUSS_AT = 20;

const RANGE = msg('whole_number');

export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

/** The band a score falls in (index 0-5), for an enabler or a result. */
export function bandOf(score: number, kind: CafKind): { index: number; band: Band } {
  const bands = BANDS[kind];
  const index = bands.findIndex((b) => score >= b.min && score <= b.max);
  if (index < 0) throw new RangeError(`CAF score out of range: ${score}`);
  return { index, band: bands[index]! };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The subcriterion score of fine-tuned parts: their mean rounded half up; null until every part is rated. */
export function fineScore(kind: CafKind, fine: Fine): number | null {
  const parts = FINE_PARTS[kind].map((p) => fine[p]);
  if (parts.some((v) => v === undefined)) return null;
  return Math.round(mean(parts as number[]));
}

/**
 * Reads a score as given by an assessor or the consensus: `score` in classical scoring, parts in
 * fine-tuned scoring (a consensus may also give the agreed score directly). Wrong values are
 * returned as field errors (`score`, `fine.plan` …), never clamped.
 */
export function readScore(
  code: string,
  scoring: Scoring,
  input: { score?: number | null; fine?: Fine | null },
  opts: { consensus?: boolean } = {},
): { score: number | null; fine: Fine | null; errors: FieldError[] } {
  const sub = subcriterion(code);
  if (!sub) throw new RangeError(`Unknown CAF subcriterion ${code}`);
  const errors: FieldError[] = [];
  if (input.score !== undefined && input.score !== null && !isScore(input.score))
    errors.push({ path: 'score', message: RANGE });
  let fine: Fine | null = null;
  if (input.fine) {
    if (scoring === 'classical') errors.push({ path: 'fine', message: msg('only_finetuned_scoring') });
    const allowed: readonly string[] = FINE_PARTS[sub.kind];
    for (const [part, value] of Object.entries(input.fine)) {
      if (!allowed.includes(part))
        errors.push({
          path: `fine.${part}`,
          message: msg('unknown_part_expected', { allowed: allowed.join(', ') }),
        });
      else if (!isScore(value)) errors.push({ path: `fine.${part}`, message: RANGE });
    }
    fine = Object.fromEntries(allowed.filter((p) => input.fine![p] !== undefined).map((p) => [p, input.fine![p]!]));
  }
  if (scoring === 'finetuned' && !opts.consensus && input.score !== undefined && input.score !== null) {
    errors.push({
      path: 'score',
      message: msg('finetuned_scoring_rate_parts'),
    });
  }
  if (errors.length) return { score: null, fine: null, errors };
  const score = input.score ?? (fine ? fineScore(sub.kind, fine) : null);
  if (opts.consensus && score === null)
    errors.push({
      path: 'score',
      message: msg('required_agreed_score'),
    });
  return { score, fine: fine && Object.keys(fine).length ? fine : null, errors };
}

export interface CriterionScore {
  criterion: number;
  kind: CafKind;
  score: number | null;
  scored: number;
  total: number;
}

/** Per criterion the mean of its scored subcriteria (one decimal), and the overall mean of the criteria. */
export function criterionScores(scores: Record<string, number | null | undefined>): {
  criteria: CriterionScore[];
  overall: number | null;
} {
  const criteria = CRITERIA.map((c) => {
    const values = c.subcriteria.map((s) => scores[s.code]).filter((v): v is number => typeof v === 'number');
    return {
      criterion: c.number,
      kind: c.kind,
      score: values.length ? round1(mean(values)) : null,
      scored: values.length,
      total: c.subcriteria.length,
    };
  });
  const scored = criteria.map((c) => c.score).filter((v): v is number => v !== null);
  return { criteria, overall: scored.length ? round1(mean(scored)) : null };
}

export interface Spread {
  count: number;
  min: number;
  max: number;
  mean: number;
  stdDev: number;
  range: number;
  discuss: boolean;
}

/** The spread of the assessors' scores of one subcriterion (population standard deviation); null without scores. */
export function spread(values: number[]): Spread | null {
  if (!values.length) return null;
  const m = mean(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const stdDev = Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
  return {
    count: values.length,
    min,
    max,
    mean: round1(m),
    stdDev: round1(stdDev),
    range: max - min,
    discuss: max - min >= DISCUSS_AT,
  };
}

export interface Delta {
  current: number | null;
  previous: number | null;
  delta: number | null;
}

/** Current against previous scores, per subcriterion (whole points) and per criterion (one decimal). */
export function compare(
  current: Record<string, number | null | undefined>,
  previous: Record<string, number | null | undefined>,
) {
  const delta = (a: number | null | undefined, b: number | null | undefined): Delta => ({
    current: a ?? null,
    previous: b ?? null,
    delta: typeof a === 'number' && typeof b === 'number' ? round1(a - b) : null,
  });
  const now = criterionScores(current);
  const before = criterionScores(previous);
  return {
    subcriteria: CRITERIA.flatMap((c) =>
      c.subcriteria.map((s) => ({ code: s.code, ...delta(current[s.code], previous[s.code]) })),
    ),
    criteria: now.criteria.map((c, i) => ({ criterion: c.criterion, ...delta(c.score, before.criteria[i]!.score) })),
    overall: delta(now.overall, before.overall),
  };
}
