/** Reading uploaded finance files (CSV or XLSX) into ledger lines or spreadsheet rows. */
import ExcelJS from 'exceljs';
import { AppError } from '../../server/errors.ts';
import { checkFileSize, parseLedger, parseLedgerRows, type LedgerParseOptions, type LedgerParseResult } from './logic/index.ts';
import type { FileError, FinanceError } from './logic/index.ts';

/** An uploaded file from a multipart form, checked for size before it is read. */
export async function uploadBytes(file: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(file instanceof File)) {
    throw new AppError('validation', { nl: 'Kies een bestand om op te laden.', en: 'Choose a file to upload.' }, { fields: [{ path: 'file', message: { nl: 'ontbreekt', en: 'missing' } }] });
  }
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) throw new AppError('payload_too_large', tooLarge);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** True for an XLSX workbook (a ZIP file: "PK\x03\x04"). */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Every row of the first worksheet as an array of cell values (1-based rows become index + 1). */
export async function readSheetRows(bytes: Uint8Array, sheetName?: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', { nl: 'Dit XLSX-bestand kan niet gelezen worden.', en: 'This XLSX file cannot be read.' }, { fields: [{ path: 'file', message: { nl: 'onleesbaar', en: 'unreadable' } }] });
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map(cellValue);
    rows[number - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (o.result !== undefined) return o.result;
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.text !== undefined) return o.text;
  }
  return v;
}

/** Parses a ledger upload, CSV or XLSX. */
export async function parseLedgerFile(bytes: Uint8Array, opts: LedgerParseOptions): Promise<LedgerParseResult> {
  return isXlsx(bytes) ? parseLedgerRows(await readSheetRows(bytes), opts) : parseLedger(bytes, opts);
}

/** A 400 that lists every file error as `line N · column: reason` in the client's language. */
export function fileErrors(errors: readonly FileError[], more = 0, summary?: FinanceError): AppError {
  const fields = errors.map((e) => ({
    path: e.line > 0 ? `line ${e.line}${e.column ? ` · ${e.column}` : ''}` : e.column || 'file',
    message: { nl: e.nl, en: e.en },
  }));
  const count = errors.length + more;
  const head = summary ?? {
    nl: `Het bestand bevat ${count} ${count === 1 ? 'fout' : 'fouten'}; er is niets opgeslagen.`,
    en: `The file has ${count} ${count === 1 ? 'error' : 'errors'}; nothing was saved.`,
  };
  return new AppError('validation', { nl: head.nl, en: head.en }, { fields });
}
