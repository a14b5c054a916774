/**
 * The sociale balans as tables in the filing form's order, shared by the PDF, XLSX and CSV exports:
 * per section its header (code, description, its columns) and per line the code, the label and each
 * column's value, or `missing` where the figure is listed as missing.
 */
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';

export type Value = number | 'missing' | null;
export interface BalansTable {
  title: string;
  header: string[];
  rows: {
    code: string;
    label: string;
    unit: SocialeBalansAnswer['form'][number]['lines'][number]['unit'];
    cells: Value[];
  }[];
}

/** A value as the form has it: two decimals (averages, FTE, hours); cents are whole already. */
export const rounded = (value: number) => Math.round(value * 100) / 100;

export function balansTables(b: SocialeBalansAnswer, lang: Lang): BalansTable[] {
  const values = new Map(b.figures.map((f) => [f.code, f.value]));
  const missing = new Set(b.missing.map((m) => m.code));
  return b.form.map((s) => ({
    title: s.title[lang],
    header: [msg('col_code')[lang], msg('col_label')[lang], ...s.columns.map((c) => msg(`col_${c}`)[lang])],
    rows: s.lines.map((l) => ({
      code: l.code,
      label: l.label[lang],
      unit: l.unit,
      cells: s.columns.map((c): Value => {
        const code = l.cells[c];
        if (!code) return null;
        if (missing.has(code)) return 'missing';
        const v = values.get(code);
        return v === undefined ? null : rounded(v);
      }),
    })),
  }));
}

/** Every code with its value in the form's order, for the CSV of code → value (missing codes say so). */
export function codeValues(b: SocialeBalansAnswer): [string, Value, BalansTable['rows'][number]['unit']][] {
  const values = new Map(b.figures.map((f) => [f.code, f.value]));
  const missing = new Set(b.missing.map((m) => m.code));
  const out: [string, Value, BalansTable['rows'][number]['unit']][] = [];
  for (const s of b.form)
    for (const l of s.lines)
      for (const code of Object.values(l.cells)) {
        if (out.some(([c]) => c === code)) continue;
        const v = values.get(code);
        out.push([code, missing.has(code) ? 'missing' : v === undefined ? null : rounded(v), l.unit]);
      }
  return out;
}
