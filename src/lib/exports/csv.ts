/**
 * CSV downloads as Excel on Belgian Windows opens them: `;`-separated, UTF-8 with a BOM, CRLF line
 * ends, decimal comma. Text cells are guarded against formula injection (OWASP "CSV injection").
 */
import { stringify } from 'csv-stringify/sync';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** Field separator; `;` by default (the list separator of Belgian Windows). */
  delimiter?: string;
  /** Start with a UTF-8 byte-order mark so Excel reads UTF-8 (default true). */
  bom?: boolean;
}

/** A cell that is only a number (`-12,50`, `1.234,5`, `-3.75`): not a formula, so not escaped. */
const NUMERIC = /^-?(\d+|\d{1,3}(\.\d{3})+)([.,]\d+)?$/;

/**
 * Guards a text cell against formula injection: text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, so a spreadsheet shows it as text instead of running it.
 * A cell that is only a number such as `-12,50` is left alone.
 */
export function guardText(value: string): string {
  if (value === '' || NUMERIC.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Cents as euros with a decimal comma and no thousands separator: 123456 → `"1234,56"`,
 * -5 → `"-0,05"`. Excel with Belgian settings reads this as a number.
 */
export function euro(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100);
  return `${cents < 0 && abs !== 0 ? '-' : ''}${whole},${String(abs % 100).padStart(2, '0')}`;
}

/** A number with a decimal comma and no grouping (12.5 → `"12,5"`); at most `digits` decimals. */
export function decimal(value: number, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded).replace('.', ',');
}

/**
 * A row of the given columns, empty but for the cells named: a total or a sub-row under a wide header
 * says which columns it fills instead of counting empty cells.
 */
export function rowOf<K extends string>(
  columns: readonly K[],
  cells: Partial<Record<K, string | number>>,
): (string | number | null)[] {
  return columns.map((c) => cells[c] ?? null);
}

/**
 * Writes rows as CSV text. Strings are written as given (guarded by `guardText`), numbers as
 * JavaScript writes them, null as an empty cell. Fields are quoted when they must be.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[], opts: CsvOptions = {}): string {
  const records = rows.map((row) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : guardText(cell))),
  );
  return stringify(records, {
    delimiter: opts.delimiter ?? ';',
    bom: opts.bom ?? true,
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$|[\r\n]/,
  });
}
