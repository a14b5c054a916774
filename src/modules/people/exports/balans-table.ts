/**
 * The sociale balans as tables in the filing form's order, shared by the PDF, XLSX and CSV exports:
 * per section its header (code, description, the form's columns) and per line the code, the label and
 * each column's cell: its figure code, unit and value as the form takes it (averages and FTE to one
 * decimal, counts and hours whole, money in whole euros), or `missing` where the figure is listed as
 * missing. Cells marked `previous` (columns P, 1P, 2P, 3P) take their value from the previous year's
 * figures.
 */
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { type Column, type FormCell, formRounded, type Unit } from '../logic/sociale-balans-form.ts';
import { msg } from '../logic/messages.ts';

export type Value = number | 'missing' | null;
export interface TableCell {
  code: string;
  unit: Unit;
  value: Value;
}
export interface BalansTable {
  title: string;
  header: string[];
  rows: { code: string; label: string; cells: (TableCell | null)[] }[];
}

/**
 * The head of the form under its title: the model, the joint committees of the year's contracts and
 * the size criteria that could not be checked (with whether the model may still change).
 */
export function headLines(b: SocialeBalansAnswer, lang: Lang): string[] {
  const numbers = b.jointCommittees.length > 0 ? b.jointCommittees.join(', ') : msg('doc_no_joint_committee')[lang];
  const lines = [
    msg(b.model === 'full' ? 'doc_model_full' : 'doc_model_abbreviated')[lang],
    msg('doc_joint_committees', { numbers })[lang],
  ];
  if (b.size.unchecked.length > 0) {
    const texts = b.size.unchecked.map((u) => u.text[lang]).join('; ');
    const uncertain = b.size.modelCertain ? '' : ` ${msg('doc_model_uncertain')[lang]}`;
    lines.push(`${msg('doc_unchecked')[lang]}: ${texts}.${uncertain}`);
  }
  return lines;
}

/** Missing codes grouped by their reason: "5821, 5822 …: Niets geregistreerd …". */
export function missingGroups(
  missing: SocialeBalansAnswer['missing'],
  lang: Lang,
): { codes: string[]; text: string }[] {
  const groups = new Map<string, string[]>();
  for (const m of missing) groups.set(m.text[lang], [...(groups.get(m.text[lang]) ?? []), m.code]);
  return [...groups].map(([text, codes]) => ({ text, codes: codes.sort() }));
}

/** The missing data under the form: the year's, then the previous year's, each grouped by reason. */
export function missingSections(
  b: SocialeBalansAnswer,
  lang: Lang,
): { title: string; groups: { codes: string[]; text: string }[] }[] {
  return [
    { title: msg('doc_missing')[lang], missing: b.missing },
    { title: msg('doc_missing_previous', { year: b.previous.year })[lang], missing: b.previous.missing },
  ]
    .filter((s) => s.missing.length > 0)
    .map((s) => ({ title: s.title, groups: missingGroups(s.missing, lang) }));
}

/** Decimals a unit is shown with on the form (money: whole euros). */
export const decimalsOf = (unit: Unit) => (unit === 'average' || unit === 'fte' ? 1 : 0);

function lookup(b: SocialeBalansAnswer) {
  const of = (year: Pick<SocialeBalansAnswer, 'figures' | 'missing'>) => ({
    values: new Map(year.figures.map((f) => [f.code, f.value])),
    missing: new Set(year.missing.map((m) => m.code)),
  });
  const current = of(b);
  const previous = of(b.previous);
  return ({ code, unit, previous: isPrevious }: Omit<FormCell, 'previous'> & { previous?: boolean }): Value => {
    const { values, missing } = isPrevious ? previous : current;
    if (missing.has(code)) return 'missing';
    const v = values.get(code);
    return v === undefined ? null : formRounded(unit, v);
  };
}

export function balansTables(b: SocialeBalansAnswer, lang: Lang): BalansTable[] {
  const value = lookup(b);
  return b.form.map((s) => ({
    title: s.title[lang],
    header: [msg('col_code')[lang], msg('col_label')[lang], ...s.columns.map((c) => msg(`col_${c}`)[lang])],
    rows: s.lines.map((l) => ({
      code: l.code,
      label: l.label[lang],
      cells: s.columns.map((c) => {
        const cell = l.cells[c];
        return cell ? { code: cell.code, unit: cell.unit, value: value(cell) } : null;
      }),
    })),
  }));
}

/**
 * Every figure code with its value and its column, for the CSV of code → value: the year's codes in the
 * form's order, then the previous year's (columns P, 1P, 2P or 3P); missing codes say so.
 */
export function codeValues(b: SocialeBalansAnswer): (TableCell & { column: Column; previous: boolean })[] {
  const value = lookup(b);
  const cells = b.form.flatMap((s) =>
    s.lines.flatMap((l) =>
      Object.entries(l.cells).map(([column, cell]) => ({
        ...cell,
        column: column as Column,
        previous: !!cell.previous,
      })),
    ),
  );
  const out: (TableCell & { column: Column; previous: boolean })[] = [];
  const seen = new Set<string>();
  for (const cell of [...cells.filter((c) => !c.previous), ...cells.filter((c) => c.previous)]) {
    const key = `${cell.previous}:${cell.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: cell.code, unit: cell.unit, column: cell.column, previous: cell.previous, value: value(cell) });
  }
  return out;
}
