/** Cell helpers of the cost-model reader: plain values from exceljs cells and lenient numbers. */
import type { Message } from '../../../lib/messages.ts';
import { msg } from '../messages.ts';

/** A problem in an uploaded model workbook: sheet, 1-based row (0 = the whole sheet), column header. */
export interface ModelFileError {
  sheet: string;
  row: number;
  column: string;
  nl: string;
  en: string;
}

/** A read sheet: its rows (after the header), where each field sits, and an error reporter. */
export interface SheetReader<F extends string> {
  sheet: string;
  rows: { number: number; values: unknown[] }[];
  header: unknown[];
  at: Map<F, number>;
  /** The value of a field (or a 1-based column) in a row, null when empty. */
  get(values: unknown[], field: F | number): unknown;
  error(row: number, field: F | number, message: Message): void;
}

/** The plain value of an exceljs cell value: rich text joined, a formula's result, a link's text. */
export function cellText(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as {
      result?: unknown;
      text?: unknown;
      richText?: { text: string }[];
      error?: unknown;
      formula?: unknown;
    };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.formula !== undefined || o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error !== undefined) return String(o.error);
  }
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  return v;
}

/**
 * A number from a cell: a number as is, or text such as `1.234,5`, `1234.5`, `1 234,50 €`.
 * undefined when it is not a number.
 */
export function parseNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  let s = v.replace(/[\s\u00a0\u202f€]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

/**
 * Reads a number field of a row: null when empty, undefined (and an error reported) when it is not
 * a number, out of [min, max], or not whole when `integer`.
 */
export function numberOf<F extends string>(
  r: SheetReader<F>,
  row: { number: number; values: unknown[] },
  field: F | number,
  label: { nl: string; en: string },
  min: number,
  max: number,
  integer = false,
): number | null | undefined {
  const v = r.get(row.values, field);
  if (v === null || v === undefined) return null;
  const n = parseNumber(v);
  const shown = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (n === undefined) {
    r.error(row.number, field, msg('not_number', { label: label, shown }));
    return undefined;
  }
  if (n < min || n > max) {
    r.error(row.number, field, msg('must_between', { label: label, min, max, shown }));
    return undefined;
  }
  if (integer && !Number.isInteger(n)) {
    r.error(row.number, field, msg('must_whole_number', { label: label, shown }));
    return undefined;
  }
  return n;
}
