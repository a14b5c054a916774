/** Finance file tasks, run in a file worker (src/lib/files/pool.ts) by files.ts. */
import { readSheetRows, isXlsx } from '../../lib/files/xlsx.ts';
import { zipDirectory } from '../../lib/files/zip.ts';
import { readModelXlsx, type ModelReadResult } from './exports/model-read.ts';
import {
  parseChartCsv,
  parseLedger,
  parseLedgerRows,
  type LedgerParseOptions,
  type LedgerParseResult,
} from './logic/index.ts';

export async function ledgerFile(bytes: Uint8Array, opts: LedgerParseOptions): Promise<LedgerParseResult> {
  return isXlsx(bytes) ? parseLedgerRows(await readSheetRows(bytes), opts) : parseLedger(bytes, opts);
}

export function chartFile(bytes: Uint8Array): ReturnType<typeof parseChartCsv> {
  return parseChartCsv(bytes);
}

/** The cost-model workbook: its zip directory is checked against the caps before exceljs loads it. */
export async function modelFile(bytes: Uint8Array, year: number): Promise<ModelReadResult> {
  if (isXlsx(bytes)) zipDirectory(bytes);
  return readModelXlsx(bytes, year);
}
