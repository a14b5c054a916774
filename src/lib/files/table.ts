/**
 * One reader for every tabular upload (CSV or XLSX): the same decoding (UTF-8 with or without
 * BOM, else Windows-1252), the same caps, the same errors. Runs inside the file worker.
 */
import { FileLimitError, UnreadableFileError } from './limits.ts';
import { csvRecords, decodeText, detectDelimiter, type Delimiter, type TextEncodingName } from './text.ts';
import { isXlsx, readSheetRows } from './xlsx.ts';

export interface Table {
  /** Row n of the sheet or line n of the CSV at index n-1 (blank lines are empty arrays). */
  rows: unknown[][];
  kind: 'xlsx' | 'csv';
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
}

/** Reads an uploaded CSV or XLSX file into rows of cells (CSV cells are untrimmed strings). */
export async function readTable(bytes: Uint8Array, opts: { sheetName?: string } = {}): Promise<Table> {
  if (isXlsx(bytes))
    return { rows: await readSheetRows(bytes, opts.sheetName), kind: 'xlsx', encoding: null, delimiter: null };
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UnreadableFileError('csv', undefined, decoded.error);
  const delimiter = detectDelimiter(decoded.text);
  const rows: unknown[][] = [];
  for (const r of csvRecords(decoded.text, delimiter)) {
    if ('error' in r) throw new UnreadableFileError('csv', undefined, r.error);
    rows[r.line - 1] = r.cells;
  }
  return { rows: Array.from(rows, (r) => r ?? []), kind: 'csv', encoding: decoded.encoding, delimiter };
}

export { FileLimitError };
