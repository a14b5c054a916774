/**
 * The pieces every part of the sociale balans computation shares: the figure and missing-code records,
 * the running sums per code with the people behind each, and the cell codes of a line.
 */
import { formOf } from './sociale-balans-form.ts';
import type { Sex } from './types.ts';

export interface BalansFigure {
  code: string;
  value: number;
  ids: string[];
}
export const MISSING_REASONS = [
  'no_payroll',
  'payroll_incomplete',
  'education_unknown',
  'none_registered',
  'exit_reason_unknown',
  'not_recorded',
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];
export interface MissingFigure {
  code: string;
  reason: MissingReason;
  ids: string[];
}
/** Lists codes as missing for a reason, with the people concerned. */
export type Miss = (codes: string[], reason: MissingReason, ids?: Iterable<string>) => void;

/** A `Miss` that adds to `list`, the ids sorted and each once. */
export const missInto =
  (list: MissingFigure[]): Miss =>
  (codes, reason, ids = []) => {
    const sorted = [...new Set(ids)].sort();
    for (const code of codes) list.push({ code, reason, ids: sorted });
  };

const SEX_DIGIT: Record<Sex, '1' | '2'> = { male: '1', female: '2' };
/** Column numbers at the closing date and in Part II: 1 full-time, 2 part-time, 3 total in FTE. */
const FULL_TIME = '1';
const PART_TIME = '2';
const IN_FTE = '3';

/** The men's and women's codes of a line's code, made once. */
const SEXED = new Map<string, Record<Sex, string>>();

/** Sums per code, with the people behind each. */
export class Tally {
  readonly values = new Map<string, number>();
  readonly ids = new Map<string, Set<string>>();
  /** `trace` false: the people behind the figures are not kept (the board's view, the HR figures). */
  constructor(readonly trace: boolean) {}
  add(code: string, value: number, id: string) {
    this.values.set(code, (this.values.get(code) ?? 0) + value);
    if (!this.trace) return;
    const set = this.ids.get(code);
    if (set) set.add(id);
    else this.ids.set(code, new Set([id]));
  }
  /** Adds to a by-sex line: the men's or women's code and the total. */
  sexed(code: string, sex: Sex, value: number, id: string) {
    let codes = SEXED.get(code);
    if (!codes) {
      codes = { male: `${code}${SEX_DIGIT.male}`, female: `${code}${SEX_DIGIT.female}` };
      SEXED.set(code, codes);
    }
    this.add(codes[sex], value, id);
    this.add(code, value, id);
  }
  /** Adds a person to a line with columns 1. full-time, 2. part-time (counts) and 3. total in FTE. */
  regime(line: string, fraction: number, id: string) {
    this.add(`${line}${fraction >= 1 ? FULL_TIME : PART_TIME}`, 1, id);
    this.add(`${line}${IN_FTE}`, fraction, id);
  }
  /** Makes sure the codes exist (a real zero: the data is there, nothing matched). */
  zero(codes: string[]) {
    for (const c of codes) if (!this.values.has(c)) this.values.set(c, 0);
  }
  /** The figures of `codes` that have a value, in that order, with the people behind each. */
  figures(codes: string[]): BalansFigure[] {
    return [...new Set(codes)]
      .filter((code) => this.values.has(code))
      .map((code) => ({ code, value: this.values.get(code)!, ids: [...(this.ids.get(code) ?? [])] }));
  }
}

const LINE_CODES = new Map<string, string[]>();
/** The year's cell codes of the given lines, in either model (the figures of both are computed). */
export function lineCodes(...codes: string[]): string[] {
  const key = codes.join(',');
  let out = LINE_CODES.get(key);
  if (!out) {
    out = [
      ...new Set(
        [...formOf('full'), ...formOf('abbreviated')]
          .flatMap((s) => s.lines)
          .filter((l) => codes.includes(l.code))
          .flatMap((l) => Object.values(l.cells).filter((c) => !c.previous))
          .map((c) => c.code),
      ),
    ];
    LINE_CODES.set(key, out);
  }
  return out;
}
