/**
 * Streaming XLSX rows: the zip directory is checked first (zip.ts), then the workbook's parts are
 * inflated as streams and fed to exceljs' streaming reader, one sheet row at a time, within the
 * caps of limits.ts. Nothing holds the whole inflated sheet.
 */
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { FileError } from './errors.ts';
import { FILE_LIMITS, FileLimitError, UnreadableFileError } from './limits.ts';
import { entryStream, zipDirectory, type ZipEntry } from './zip.ts';
import { msg } from './messages.ts';

/** True for an XLSX workbook (a ZIP file: "PK\x03\x04"). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Formula cells without a stored result: reported per line, never read as "[object Object]". */
export class CellErrors extends Error {
  constructor(
    readonly errors: FileError[],
    readonly more: number,
  ) {
    super('cell errors');
  }
}

/** Longest run of XML between two tags we let through: a full cell with every character escaped. */
const RUN_CHARS = FILE_LIMITS.cellChars * 6 + 1024;

/**
 * Decodes a part to text (UTF-8 split safely over chunks) while counting rows, cells per row and
 * the longest text, so a hostile sheet is stopped before exceljs builds anything from it.
 */
function guarded(source: Readable, sheet: boolean): Readable {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let sinceTag = 0;
  let rows = 0;
  let cells = 0;
  const scan = (s: string) => {
    let i = s.indexOf('<');
    if (i < 0) {
      sinceTag += s.length;
      if (sinceTag > RUN_CHARS) throw new FileLimitError('cellChars');
      carry = '';
      return;
    }
    if (sinceTag + i > RUN_CHARS) throw new FileLimitError('cellChars');
    while (i >= 0) {
      if (i + 4 >= s.length) {
        carry = s.slice(i);
        sinceTag = 0;
        return;
      }
      if (sheet && s.startsWith('<row', i) && ' >/'.includes(s[i + 4]!)) {
        cells = 0;
        if (++rows > FILE_LIMITS.rows) throw new FileLimitError('rows');
      } else if (sheet && s[i + 1] === 'c' && ' >/'.includes(s[i + 2]!)) {
        if (++cells > FILE_LIMITS.columns) throw new FileLimitError('columns', msg('row', { rows }));
      }
      const next = s.indexOf('<', i + 1);
      const end = next < 0 ? s.length : next;
      if (end - i > RUN_CHARS) throw new FileLimitError('cellChars');
      if (next < 0) sinceTag = s.length - i;
      i = next;
    }
    carry = '';
  };
  async function* text() {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const s = carry + decoder.write(chunk);
      scan(s);
      // The carried tail (a tag start cut by the chunk) goes out with the next chunk.
      const out = carry ? s.slice(0, s.length - carry.length) : s;
      if (out) yield out;
    }
    const rest = carry + decoder.end();
    if (rest) yield rest;
  }
  return Readable.from(text());
}

async function drain(stream: Readable | undefined): Promise<void> {
  if (stream)
    for await (const _ of stream) {
      /* counted by guarded() */
    }
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A cell as a plain value: text, number, boolean, Date or null; `undefined` for a formula without a result. */
function plainValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as {
      formula?: unknown;
      sharedFormula?: unknown;
      result?: unknown;
      text?: unknown;
      richText?: { text: string }[];
      error?: unknown;
    };
    if ('formula' in o || 'sharedFormula' in o)
      return o.result === undefined || Number.isNaN(o.result) ? undefined : plainValue(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (o.text !== undefined) return plainValue(o.text);
    if (typeof o.error === 'string') return o.error;
    return null;
  }
  return v ?? null;
}

type Reader = {
  _parseRels(s: Readable): Promise<void>;
  _parseWorkbook(s: Readable): Promise<void>;
  _parseStyles(s: Readable): Promise<void>;
  _parseSharedStrings(s: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    s: Readable,
    sheetNo: string,
  ): Generator<{ value: AsyncIterable<{ number: number; values: unknown[] }> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
};

/** The zip entry of the named (else the first) worksheet. */
function sheetEntry(reader: Reader, entries: Map<string, ZipEntry>, sheetName?: string): ZipEntry | undefined {
  const sheets = reader.model?.sheets ?? [];
  const sheet = sheetName ? sheets.find((s) => s.name === sheetName) : sheets[0];
  if (!sheet) return undefined;
  const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
  if (!target) return undefined;
  const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return entries.get(name);
}

/**
 * Every row of the first (or the named) worksheet as plain cell values; row n at index n-1.
 * Throws FileLimitError over a cap, UnreadableFileError for a broken workbook, CellErrors for
 * formula cells without a stored result.
 */
export async function readSheetRows(bytes: Uint8Array, sheetName?: string): Promise<unknown[][]> {
  const entries = zipDirectory(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as Reader;
  const part = (name: string, sheet = false) => {
    const entry = entries.get(name);
    return entry ? guarded(entryStream(bytes, entry), sheet) : undefined;
  };
  const rows: unknown[][] = [];
  const errors: FileError[] = [];
  let more = 0;
  try {
    const rels = part('xl/_rels/workbook.xml.rels');
    const book = part('xl/workbook.xml');
    if (!rels || !book) throw new UnreadableFileError('xlsx', 'no workbook');
    await reader._parseRels(rels);
    await reader._parseWorkbook(book);
    const entry = sheetEntry(reader, entries, sheetName);
    if (!entry) return [];
    // A first pass only inflates and counts (fast): a sheet over a cap is refused before exceljs
    // spends time on its rows.
    await drain(part(entry.name, true));
    await drain(part('xl/sharedStrings.xml'));
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    const strings = part('xl/sharedStrings.xml');
    if (strings)
      for await (const _ of reader._parseSharedStrings(strings)) {
        /* cached by the reader */
      }
    const sheetNo = /sheet(\d+)\.xml$/.exec(entry.name)?.[1] ?? '1';
    for (const { value: worksheet } of reader._parseWorksheet(guarded(entryStream(bytes, entry), true), sheetNo)) {
      for await (const row of worksheet) {
        if (!Number.isInteger(row.number) || row.number < 1)
          throw new UnreadableFileError('xlsx', msg('row_without_number'));
        if (row.number > FILE_LIMITS.rows) throw new FileLimitError('rows');
        const raw = row.values.slice(1);
        if (raw.length > FILE_LIMITS.columns) throw new FileLimitError('columns', msg('row_2', { number: row.number }));
        const values = Array.from(raw, (v, i) => {
          const plain = plainValue(v);
          if (typeof plain === 'string' && plain.length > FILE_LIMITS.cellChars)
            throw new FileLimitError('cellChars', msg('row_2', { number: row.number }));
          if (plain === undefined) {
            const column = columnName(i);
            if (errors.length < 100) {
              errors.push({
                code: 'formula_without_value',
                line: row.number,
                column,
                ...msg('formula_without_value', { column, number: row.number }),
              });
            } else more++;
            return null;
          }
          return plain;
        });
        rows[row.number - 1] = values;
      }
    }
  } catch (e) {
    if (e instanceof FileLimitError || e instanceof UnreadableFileError) throw e;
    throw new UnreadableFileError('xlsx');
  }
  if (errors.length) throw new CellErrors(errors, more);
  return Array.from(rows, (r) => r ?? []);
}
