/** Reading uploaded finance files: through the shared file layer (src/lib/files), in a file worker. */
import { runFileTask } from '../../lib/files/index.ts';
import type { ModelReadResult } from './exports/model-read.ts';
import type { LedgerParseOptions, LedgerParseResult, parseChartCsv } from './logic/index.ts';

const TASKS = new URL('./file-tasks.ts', import.meta.url);

/** Parses a ledger upload, CSV or XLSX, off the request thread. */
export function parseLedgerFile(bytes: Uint8Array, opts: LedgerParseOptions): Promise<LedgerParseResult> {
  return runFileTask(TASKS, 'ledgerFile', bytes, opts);
}

/** Parses a chart-of-accounts CSV off the request thread. */
export function parseChartFile(bytes: Uint8Array): Promise<ReturnType<typeof parseChartCsv>> {
  return runFileTask(TASKS, 'chartFile', bytes);
}

/** Reads the cost-model workbook off the request thread. */
export function parseModelFile(bytes: Uint8Array, year: number): Promise<ModelReadResult> {
  return runFileTask(TASKS, 'modelFile', bytes, year);
}
