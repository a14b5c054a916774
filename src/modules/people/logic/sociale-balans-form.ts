/**
 * The layout of the sociale balans as the filing form has it: Part I (people employed), Part II
 * (movements), Part III (training), each a list of lines in the form's order. A line names the figure
 * codes of its columns: men / women / total, or agency / placed / total for 150-152. Codes ending in
 * 1 are men and in 2 women (DOMAIN.md §5); a line's own code is its total.
 */
import { msg } from './messages.ts';
import type { Message } from '../../../lib/messages.ts';

export type Unit = 'count' | 'fte' | 'hours' | 'cents';
export type Column = 'men' | 'women' | 'total' | 'agency' | 'placed';
export interface FormLine {
  code: string;
  label: Message;
  unit: Unit;
  cells: Partial<Record<Column, string>>;
  /** Only in the full model. */
  fullOnly?: boolean;
}
export interface FormSection {
  part: 1 | 2 | 3;
  title: Message;
  columns: Column[];
  lines: FormLine[];
}

const bySex = (code: string, label: Message, unit: Unit, fullOnly?: boolean): FormLine => ({
  code,
  label,
  unit,
  cells: { men: `${code}1`, women: `${code}2`, total: code },
  ...(fullOnly ? { fullOnly } : {}),
});
/** A line whose men and women have codes of their own and no total (1200/1210, 5801/5811). */
const pair = (code: string, men: string, women: string, label: Message, unit: Unit): FormLine => ({
  code,
  label,
  unit,
  cells: { men, women },
});
const external = (code: string, label: Message, unit: Unit): FormLine => ({
  code,
  label,
  unit,
  cells: { agency: `${code}1`, placed: `${code}2`, total: code },
});

const SEX: Column[] = ['men', 'women', 'total'];

export const FORM: FormSection[] = [
  {
    part: 1,
    title: msg('part_1_average'),
    columns: SEX,
    lines: [
      bySex('1001', msg('l1001'), 'count'),
      bySex('1002', msg('l1002'), 'count'),
      bySex('1003', msg('l1003'), 'fte'),
      bySex('1011', msg('l1011'), 'hours'),
      bySex('1012', msg('l1012'), 'hours'),
      bySex('1013', msg('l1013'), 'hours'),
      bySex('1021', msg('l1021'), 'cents'),
      bySex('1022', msg('l1022'), 'cents'),
      bySex('1023', msg('l1023'), 'cents'),
      bySex('1033', msg('l1033'), 'cents', true),
    ],
  },
  {
    part: 1,
    title: msg('part_1_closing'),
    columns: SEX,
    lines: [
      bySex('1051', msg('l1051'), 'count'),
      bySex('1052', msg('l1052'), 'count'),
      bySex('1053', msg('l1053'), 'fte'),
      bySex('110', msg('l110'), 'count'),
      bySex('111', msg('l111'), 'count'),
      bySex('112', msg('l112'), 'count'),
      bySex('113', msg('l113'), 'count'),
      pair('12', '120', '121', msg('l12'), 'count'),
      pair('1200', '1200', '1210', msg('l1200'), 'count'),
      pair('1201', '1201', '1211', msg('l1201'), 'count'),
      pair('1202', '1202', '1212', msg('l1202'), 'count'),
      pair('1203', '1203', '1213', msg('l1203'), 'count'),
      bySex('130', msg('l130'), 'count'),
      bySex('134', msg('l134'), 'count'),
      bySex('132', msg('l132'), 'count'),
      bySex('133', msg('l133'), 'count'),
    ],
  },
  {
    part: 1,
    title: msg('part_1_external'),
    columns: ['agency', 'placed', 'total'],
    lines: [
      external('150', msg('l150'), 'fte'),
      external('151', msg('l151'), 'hours'),
      external('152', msg('l152'), 'cents'),
    ],
  },
  {
    part: 2,
    title: msg('part_2'),
    columns: SEX,
    lines: [
      bySex('205', msg('l205'), 'count'),
      bySex('210', msg('l110'), 'count'),
      bySex('211', msg('l111'), 'count'),
      bySex('212', msg('l112'), 'count'),
      bySex('213', msg('l113'), 'count'),
      bySex('305', msg('l305'), 'count'),
      bySex('310', msg('l110'), 'count'),
      bySex('311', msg('l111'), 'count'),
      bySex('312', msg('l112'), 'count'),
      bySex('313', msg('l113'), 'count'),
      bySex('340', msg('l340'), 'count'),
      bySex('341', msg('l341'), 'count'),
      bySex('342', msg('l342'), 'count'),
      bySex('343', msg('l343'), 'count'),
    ],
  },
  {
    part: 3,
    title: msg('part_3'),
    columns: ['men', 'women'],
    lines: [
      pair('5801', '5801', '5811', msg('l5801'), 'count'),
      pair('5802', '5802', '5812', msg('l5802'), 'hours'),
      pair('5803', '5803', '5813', msg('l5803'), 'cents'),
      pair('5821', '5821', '5831', msg('l5821'), 'count'),
      pair('5822', '5822', '5832', msg('l5822'), 'hours'),
      pair('5823', '5823', '5833', msg('l5823'), 'cents'),
      pair('5841', '5841', '5851', msg('l5841'), 'count'),
      pair('5842', '5842', '5852', msg('l5842'), 'hours'),
      pair('5843', '5843', '5853', msg('l5843'), 'cents'),
    ],
  },
];

/** Every figure code of a line. */
export const codesOf = (line: FormLine) => Object.values(line.cells);
