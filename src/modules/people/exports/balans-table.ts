/**
 * The sociale balans as tables in the filing form's order, shared by the PDF, XLSX and CSV exports:
 * per section its header (code, description, the form's columns) and per line the code, the label and
 * each column's cell: its figure code, unit and value as the form takes it (averages and FTE to one
 * decimal, counts and hours whole, money in whole euros), or `missing` where the figure is listed as
 * missing.
 */
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { formRounded, type Unit } from '../logic/sociale-balans-form.ts';
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

/** Decimals a unit is shown with on the form (money: whole euros). */
export const decimalsOf = (unit: Unit) => (unit === 'average' || unit === 'fte' ? 1 : 0);

function lookup(b: SocialeBalansAnswer) {
  const values = new Map(b.figures.map((f) => [f.code, f.value]));
  const missing = new Set(b.missing.map((m) => m.code));
  return (code: string, unit: Unit): Value => {
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
        return cell ? { ...cell, value: value(cell.code, cell.unit) } : null;
      }),
    })),
  }));
}

/** Every figure code with its value in the form's order, for the CSV of code → value (missing codes say so). */
export function codeValues(b: SocialeBalansAnswer): TableCell[] {
  const value = lookup(b);
  const out: TableCell[] = [];
  const seen = new Set<string>();
  for (const s of b.form)
    for (const l of s.lines)
      for (const cell of Object.values(l.cells)) {
        if (seen.has(cell.code)) continue;
        seen.add(cell.code);
        out.push({ ...cell, value: value(cell.code, cell.unit) });
      }
  return out;
}
