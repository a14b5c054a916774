/**
 * Reading a ledger export (CSV bytes, or XLSX rows read elsewhere) into signed ledger lines:
 * debit positive, credit negative, in cents. Every bad line is reported with its line and column.
 */
import { cellAmount, cellDate, cellText } from '../../../lib/files/cells.ts';
import type { Cents, FileError } from './errors.ts';
import { planColumns, type HeaderChoice, type LedgerField } from './ledger-headers.ts';
import {
  decodeText,
  detectDelimiter,
  readCsvRecords,
  type Delimiter,
  type TextEncodingName,
} from '../../../lib/files/text.ts';
import { msg } from '../messages.ts';

/** One line of the ledger. `amountCents` is signed: debit positive, credit negative. */
export interface LedgerLine {
  /** 1-based line in the file (header = 1) or row in the sheet. */
  line: number;
  account: string;
  description: string;
  amountCents: Cents;
  costCentre?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  journal?: string;
}

/** Options of {@link parseLedger} and {@link parseLedgerRows}. */
export interface LedgerParseOptions {
  /** Header as in the file → field or `ignore`; wins over recognition of the header's name. */
  mapping?: Readonly<Record<string, HeaderChoice>>;
}

/** What a parse gives back; `lines` holds the good lines even when there are errors. */
export interface LedgerParseResult {
  lines: LedgerLine[];
  /** Data lines in the file (not the header, not blank lines): `lines` plus those left out for an error. */
  fileLines: number;
  /** At most {@link MAX_REPORTED_ERRORS}; `moreErrors` counts the rest. */
  errors: FileError[];
  moreErrors: number;
  unknownHeaders: string[];
  headers: string[];
  /** Null for spreadsheet rows. */
  delimiter: Delimiter | null;
  encoding: TextEncodingName | null;
  totals: { debitCents: Cents; creditCents: Cents };
}

export const MAX_REPORTED_ERRORS = 1000;
const ACCOUNT = /^\d{1,12}$/;
const BOTH = { code: 'debit_and_credit', ...msg('debit_and_credit') };
const BOTH_WITH_BALANCE = { code: 'debit_and_credit', ...msg('debit_and_credit_both_filled') };
function emptyResult(partial: Partial<LedgerParseResult>): LedgerParseResult {
  return {
    lines: [],
    fileLines: 0,
    errors: [],
    moreErrors: 0,
    unknownHeaders: [],
    headers: [],
    delimiter: null,
    encoding: null,
    totals: { debitCents: 0, creditCents: 0 },
    ...partial,
  };
}

/**
 * Parses a ledger CSV as an accountant exports it: UTF-8 (with or without BOM) or Windows-1252,
 * `;`/`,`/tab separated, Dutch or English headers, a signed amount or a debit/credit pair.
 * When a file has both a pair and an amount column, the pair wins and the amount is used only on
 * lines where debit and credit are both empty: an amount column next to debit/credit is often a
 * running balance, which must never be read as the amount silently.
 */
export function parseLedger(bytes: Uint8Array, opts: LedgerParseOptions = {}): LedgerParseResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return emptyResult({ errors: [{ ...decoded.error, line: 0, column: '' }] });
  const { text, encoding } = decoded;
  if (text.trim() === '') {
    return emptyResult({
      encoding,
      errors: [{ code: 'empty_file', ...msg('empty_file'), line: 0, column: '' }],
    });
  }
  const delimiter = detectDelimiter(text);
  const { records, error } = readCsvRecords(text, delimiter);
  if (error) return emptyResult({ encoding, delimiter, errors: [error] });
  const [header, ...rest] = records;
  return { ...validateLedgerRecords(header?.cells ?? [], rest, opts), delimiter, encoding };
}

/**
 * Parses spreadsheet rows (first row = headers) with the same rules as {@link parseLedger}. Cells
 * may be strings, numbers (euros; Excel serials in a date column), Dates, booleans, empty, or
 * exceljs values (`{ result }`, `{ richText }`, `{ text }`). Row n is reported as line n.
 */
export function parseLedgerRows(
  rows: readonly (readonly unknown[])[],
  opts: LedgerParseOptions = {},
): LedgerParseResult {
  const records: { line: number; cells: readonly unknown[] }[] = [];
  rows.forEach((cells, i) => {
    if (cells.some((c) => cellText(c) !== '')) records.push({ line: i + 1, cells });
  });
  if (records.length === 0) {
    return emptyResult({
      errors: [{ code: 'empty_file', ...msg('empty_sheet'), line: 0, column: '' }],
    });
  }
  const [header, ...rest] = records;
  return { ...validateLedgerRecords((header?.cells ?? []).map(cellText), rest, opts), delimiter: null, encoding: null };
}

function cellAt(cells: readonly unknown[], index: number | undefined): unknown {
  return index === undefined || index < 0 ? undefined : cells[index];
}

function validateLedgerRecords(
  rawHeaders: readonly string[],
  records: readonly { line: number; cells: readonly unknown[] }[],
  opts: LedgerParseOptions,
): Omit<LedgerParseResult, 'delimiter' | 'encoding'> {
  const headers = rawHeaders.map((h) => h.trim());
  const plan = planColumns(headers, opts.mapping);
  const base = {
    headers,
    fileLines: records.length,
    unknownHeaders: plan.unknownHeaders,
    moreErrors: 0,
    totals: { debitCents: 0, creditCents: 0 },
  };
  if (plan.errors.length > 0) return { ...base, lines: [], errors: plan.errors };
  if (records.length === 0) {
    const error = {
      code: 'no_lines',
      line: 1,
      column: '',
      ...msg('no_lines_file_holds'),
    };
    return { ...base, lines: [], errors: [error] };
  }
  const col = plan.columns;
  const name = (field: LedgerField) => (col[field] === undefined ? '' : (headers[col[field]!] ?? ''));
  const errors: FileError[] = [];
  let moreErrors = 0;
  const report = (line: number, field: LedgerField | '', reason: { code: string; nl: string; en: string }) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ ...reason, line, column: field === '' ? '' : name(field) });
    else moreErrors++;
  };
  const lines: LedgerLine[] = [];
  let debitCents = 0;
  let creditCents = 0;
  const index = (field: LedgerField) => col[field] ?? -1;
  const [iAccount, iAmount, iDebit, iCredit, iDate, iDescription, iCentre, iJournal] = (
    ['account', 'amount', 'debit', 'credit', 'date', 'description', 'costCentre', 'journal'] as const
  ).map(index);
  for (const { line, cells } of records) {
    let ok = true;
    const accountText = cellText(cellAt(cells, iAccount));
    const account = ACCOUNT.test(accountText) ? accountText : accountText.replace(/[\s.]/g, '');
    if (!ACCOUNT.test(account)) {
      ok = false;
      report(
        line,
        'account',
        account === ''
          ? { code: 'missing_account', ...msg('missing_account') }
          : { code: 'invalid_account', ...msg('invalid_account', { account }) },
      );
    }
    let amount: number | undefined;
    const hasPair = iDebit! >= 0 && iCredit! >= 0;
    const hasDebit = hasPair && cellText(cellAt(cells, iDebit)) !== '';
    const hasCredit = hasPair && cellText(cellAt(cells, iCredit)) !== '';
    if (hasDebit || hasCredit) {
      const debit = hasDebit ? cellAmount(cellAt(cells, iDebit)) : ({ ok: true, value: 0 } as const);
      const credit = hasCredit ? cellAmount(cellAt(cells, iCredit)) : ({ ok: true, value: 0 } as const);
      if (!debit.ok) report(line, 'debit', debit.reason);
      if (!credit.ok) report(line, 'credit', credit.reason);
      if (debit.ok && credit.ok) {
        if (debit.value !== 0 && credit.value !== 0) report(line, 'credit', iAmount! >= 0 ? BOTH_WITH_BALANCE : BOTH);
        else amount = debit.value - credit.value;
      }
    } else if (iAmount! >= 0 && cellText(cellAt(cells, iAmount)) !== '') {
      const parsed = cellAmount(cellAt(cells, iAmount));
      if (parsed.ok) amount = parsed.value;
      else report(line, 'amount', parsed.reason);
    } else if (hasPair) {
      report(line, 'debit', { code: 'no_amount', ...msg('no_amount') });
    } else {
      report(line, 'amount', { code: 'no_amount', ...msg('no_amount_missing') });
    }
    let date: string | undefined;
    if (col.date !== undefined && cellText(cellAt(cells, iDate)) !== '') {
      const parsed = cellDate(cellAt(cells, iDate));
      if (parsed.ok) date = parsed.value;
      else {
        ok = false;
        report(line, 'date', parsed.reason);
      }
    }
    if (!ok || amount === undefined) continue;
    const out: LedgerLine = { line, account, description: cellText(cellAt(cells, iDescription)), amountCents: amount };
    const costCentre = cellText(cellAt(cells, iCentre));
    if (costCentre !== '') out.costCentre = costCentre;
    if (date !== undefined) out.date = date;
    const journal = cellText(cellAt(cells, iJournal));
    if (journal !== '') out.journal = journal;
    lines.push(out);
    if (amount > 0) debitCents += amount;
    else creditCents -= amount;
  }
  return { ...base, lines, errors, moreErrors, totals: { debitCents, creditCents } };
}
