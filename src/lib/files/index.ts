/**
 * The shared file layer: every upload (ledger, chart of accounts, registrations, KPI values, …) is
 * read here, within the caps of limits.ts and off the request thread (pool.ts).
 */
import { runFileTask } from './pool.ts';
import type { Table } from './table.ts';

export type { FileError, FileMessage } from './errors.ts';
export { checkFileSize, FILE_LIMITS, FileLimitError, UnreadableFileError, type FileLimit } from './limits.ts';
export { runFileTask } from './pool.ts';
export type { Table } from './table.ts';
export { decodeText, detectDelimiter, type Delimiter, type TextEncodingName } from './text.ts';
export { fileErrors, uploadBytes } from './upload.ts';
export { isXlsx } from './xlsx.ts';
export { zipDirectory } from './zip.ts';

const TASKS = new URL('./table.ts', import.meta.url);

/** Reads a CSV or XLSX upload into rows, in a file worker (see table.ts). */
export function readTableFile(bytes: Uint8Array, opts: { sheetName?: string } = {}): Promise<Table> {
  return runFileTask<Table>(TASKS, 'readTable', bytes, opts);
}
