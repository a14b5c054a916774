/**
 * The layout of the sociale balans as the NBB's filing form has it, for the full and the abbreviated
 * model: Part I (A. workers in the staff register during the year and at the closing date, B. agency
 * workers and persons placed), Part II (movements), Part III (training), each a list of lines in the
 * form's order with the form's columns. See docs/sociale-balans.md for every code and its source.
 *
 * Cell codes follow the form: a line's code followed by its column's number. At the closing date and
 * in Part II the columns are 1. full-time, 2. part-time, 3. total in FTE (105 → 1051, 1052, 1053; the
 * NBB's own key figures read "1303 management … in FTE", trendstop.knack.be/en/key-figure/workforce--ra25).
 * During the year the full model splits by sex: total (1001), 1. men (10011), 2. women (10012) (NBB FAQ
 * sociale balans no. 3, "rubrieken 10231 en 10232"); the abbreviated model has no split by sex, its
 * columns are 1. full-time, 2. part-time, 3. total or total in FTE of lines 100, 101 and 102 (1001-1003,
 * 1011-1013, 1021-1023). Agency and placed persons: 1. agency workers, 2. placed (1501, 1502), no total.
 * Training: men and women each have their own code (5801 / 5811), no total.
 *
 * The previous year's figures of Part I A during the year stand next to the year's: the full model has
 * its own table "tijdens het vorige boekjaar" of 1003, 1013, 1023 and 1033 in columns P. total, 1P. men
 * and 2P. women; the abbreviated model a column 3P. next to 3. on lines 100-102. Those cells carry the
 * same codes as the year's, marked `previous`.
 *
 * The abbreviated model has no 103 (benefits), no B. (150-152) and no breakdown of entries and exits
 * by contract type or reason (ICB, www.icb-institute.be/verkort-model/); Part III is the same in both
 * (www.icb-institute.be/inlichtingen-over-de-opleidingen-van-werknemers-tijdens-het-boekjaar/).
 */
import type { Message } from '../../../lib/messages.ts';
import { msg } from './messages.ts';

/** count: a head count (whole); average: a mean of counts; fte; hours; cents: money. */
export type Unit = 'count' | 'average' | 'fte' | 'hours' | 'cents';
export const COLUMNS = [
  'total',
  'men',
  'women',
  'fulltime',
  'parttime',
  'fte',
  'totalOrFte',
  'agency',
  'placed',
  'previousTotal',
  'previousMen',
  'previousWomen',
  'previousTotalOrFte',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Model = 'full' | 'abbreviated';
export interface FormCell {
  code: string;
  unit: Unit;
  /** A figure of the previous year (columns P, 1P, 2P, 3P), with the code of the year's. */
  previous?: true;
}
export interface FormLine {
  /** The line's code as the form prints it (105, 1200, 5801 …). */
  code: string;
  label: Message;
  cells: Partial<Record<Column, FormCell>>;
}
export interface FormSection {
  part: 1 | 2 | 3;
  title: Message;
  columns: Column[];
  lines: FormLine[];
}

/** Full model, during the year: total, men (…1), women (…2). */
const bySex = (code: string, unit: Unit): FormLine => ({
  code,
  label: msg(`l${code}` as 'l1001'),
  cells: { total: { code, unit }, men: { code: `${code}1`, unit }, women: { code: `${code}2`, unit } },
});
/** Full model, during the previous year: P. total, 1P. men, 2P. women. */
const bySexPrevious = (code: string, unit: Unit): FormLine => ({
  code,
  label: msg(`l${code}` as 'l1003'),
  cells: {
    previousTotal: { code, unit, previous: true },
    previousMen: { code: `${code}1`, unit, previous: true },
    previousWomen: { code: `${code}2`, unit, previous: true },
  },
});
/** Columns 1. full-time, 2. part-time (counts) and 3. total in FTE. */
const byRegime = (code: string, label: Message = msg(`l${code}` as 'l105')): FormLine => ({
  code,
  label,
  cells: {
    fulltime: { code: `${code}1`, unit: 'count' },
    parttime: { code: `${code}2`, unit: 'count' },
    fte: { code: `${code}3`, unit: 'fte' },
  },
});
/**
 * Abbreviated model, during the year: 1. full-time, 2. part-time, 3. total (T) or total in FTE, and
 * 3P. the same total of the previous year.
 */
const abbreviated = (code: string, units: [Unit, Unit, Unit]): FormLine => ({
  code,
  label: msg(`l${code}` as 'l100'),
  cells: {
    fulltime: { code: `${code}1`, unit: units[0] },
    parttime: { code: `${code}2`, unit: units[1] },
    totalOrFte: { code: `${code}3`, unit: units[2] },
    previousTotalOrFte: { code: `${code}3`, unit: units[2], previous: true },
  },
});
const external = (code: string, unit: Unit): FormLine => ({
  code,
  label: msg(`l${code}` as 'l150'),
  cells: { agency: { code: `${code}1`, unit }, placed: { code: `${code}2`, unit } },
});
/** Part III: men and women with codes of their own (5801 / 5811, 58031 / 58131). */
const training = (men: string, women: string, unit: Unit): FormLine => ({
  code: men,
  label: msg(`l${men}` as 'l5801'),
  cells: { men: { code: men, unit }, women: { code: women, unit } },
});

const CLOSING: FormSection = {
  part: 1,
  title: msg('part_1_closing'),
  columns: ['fulltime', 'parttime', 'fte'],
  lines: [
    byRegime('105'),
    byRegime('110'),
    byRegime('111'),
    byRegime('112'),
    byRegime('113'),
    byRegime('120'),
    byRegime('1200'),
    byRegime('1201'),
    byRegime('1202'),
    byRegime('1203'),
    byRegime('121'),
    byRegime('1210'),
    byRegime('1211'),
    byRegime('1212'),
    byRegime('1213'),
    byRegime('130'),
    byRegime('134'),
    byRegime('132'),
    byRegime('133'),
  ],
};

const TRAINING: FormSection = {
  part: 3,
  title: msg('part_3'),
  columns: ['men', 'women'],
  lines: [
    training('5801', '5811', 'count'),
    training('5802', '5812', 'hours'),
    training('5803', '5813', 'cents'),
    training('58031', '58131', 'cents'),
    training('58032', '58132', 'cents'),
    training('58033', '58133', 'cents'),
    training('5821', '5831', 'count'),
    training('5822', '5832', 'hours'),
    training('5823', '5833', 'cents'),
    training('5841', '5851', 'count'),
    training('5842', '5852', 'hours'),
    training('5843', '5853', 'cents'),
  ],
};

const FULL: FormSection[] = [
  {
    part: 1,
    title: msg('part_1_average'),
    columns: ['total', 'men', 'women'],
    lines: [
      bySex('1001', 'average'),
      bySex('1002', 'average'),
      bySex('1003', 'fte'),
      bySex('1011', 'hours'),
      bySex('1012', 'hours'),
      bySex('1013', 'hours'),
      bySex('1021', 'cents'),
      bySex('1022', 'cents'),
      bySex('1023', 'cents'),
      bySex('1033', 'cents'),
    ],
  },
  {
    part: 1,
    title: msg('part_1_previous'),
    columns: ['previousTotal', 'previousMen', 'previousWomen'],
    lines: [
      bySexPrevious('1003', 'fte'),
      bySexPrevious('1013', 'hours'),
      bySexPrevious('1023', 'cents'),
      bySexPrevious('1033', 'cents'),
    ],
  },
  CLOSING,
  {
    part: 1,
    title: msg('part_1_external'),
    columns: ['agency', 'placed'],
    lines: [external('150', 'average'), external('151', 'hours'), external('152', 'cents')],
  },
  {
    part: 2,
    title: msg('part_2'),
    columns: ['fulltime', 'parttime', 'fte'],
    lines: [
      byRegime('205'),
      byRegime('210', msg('l110')),
      byRegime('211', msg('l111')),
      byRegime('212', msg('l112')),
      byRegime('213', msg('l113')),
      byRegime('305'),
      byRegime('310', msg('l110')),
      byRegime('311', msg('l111')),
      byRegime('312', msg('l112')),
      byRegime('313', msg('l113')),
      byRegime('340'),
      byRegime('341'),
      byRegime('342'),
      byRegime('343'),
      byRegime('350'),
    ],
  },
  TRAINING,
];

const ABBREVIATED: FormSection[] = [
  {
    part: 1,
    title: msg('part_1_average'),
    columns: ['fulltime', 'parttime', 'totalOrFte', 'previousTotalOrFte'],
    lines: [
      abbreviated('100', ['average', 'average', 'fte']),
      abbreviated('101', ['hours', 'hours', 'hours']),
      abbreviated('102', ['cents', 'cents', 'cents']),
    ],
  },
  CLOSING,
  {
    part: 2,
    title: msg('part_2'),
    columns: ['fulltime', 'parttime', 'fte'],
    lines: [byRegime('205'), byRegime('305')],
  },
  TRAINING,
];

/** The sections of a model, in the form's order. */
export const formOf = (model: Model): FormSection[] => (model === 'full' ? FULL : ABBREVIATED);

/** The year's figure codes of a line (not the previous year's), in its columns' order. */
export const codesOf = (line: FormLine) =>
  Object.values(line.cells)
    .filter((c) => !c.previous)
    .map((c) => c.code);

/** Every figure code of a model, in the form's order. */
export const modelCodes = (model: Model): string[] => formOf(model).flatMap((s) => s.lines.flatMap(codesOf));

/** The codes of the previous year's cells of a model (P, 1P, 2P or 3P), in the form's order. */
export const previousCodes = (model: Model): string[] =>
  formOf(model)
    .flatMap((s) => s.lines.flatMap((l) => Object.values(l.cells).filter((c) => c.previous)))
    .map((c) => c.code);

/**
 * A value as it goes on the form: averages and FTE to one decimal, head counts and hours whole, money
 * in whole euros (still in cents here), halves rounded up. The exact value stays in the figures, for
 * tracing.
 */
export function formRounded(unit: Unit, value: number): number {
  // Sums of twelfths carry float noise (2.25 adds up to 2.2499999…): settle it at a millionth first,
  // so a half rounds up as the form's rule says.
  const v = Math.round(value * 1e6) / 1e6;
  if (unit === 'average' || unit === 'fte') return Math.round(v * 10) / 10;
  if (unit === 'cents') return Math.round(v / 100) * 100;
  return Math.round(v);
}
