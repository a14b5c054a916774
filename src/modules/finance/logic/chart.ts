/**
 * The chart of accounts: the MAR for associations preloaded, account classes, the default income
 * type of each revenue account, and the import of a chart from CSV.
 */
import { MAR_ROWS } from './chart-data.ts';
import type { FileError } from './errors.ts';
import { decodeText, detectDelimiter, readCsvRecords } from '../../../lib/files/text.ts';
import { msg } from '../messages.ts';

/** Where the money of a revenue account comes from. */
export const INCOME_TYPES = [
  'subsidy',
  'pvf_voucher',
  'pvf_cash',
  'woon_leefkosten',
  'sales',
  'gifts_legacies',
  'membership_fees',
  'other',
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

/** Income types that are government money (subsidies and the person-following budget). */
export const GOVERNMENT_INCOME_TYPES: readonly IncomeType[] = ['subsidy', 'pvf_voucher', 'pvf_cash'];

/** One account (or heading) of a chart. `incomeType` is set on revenue accounts (class 7) only. */
export interface ChartAccount {
  code: string;
  nl: string;
  en: string;
  incomeType?: IncomeType;
}

/** First digit of an account code as a number (1 = equity … 7 = revenues), or null when not digits. */
export function accountClass(code: string): number | null {
  return /^\d+$/.test(code) ? Number(code[0]) : null;
}

/** True for cost accounts (class 6). */
export function isCost(code: string): boolean {
  return accountClass(code) === 6;
}

/** True for revenue accounts (class 7). */
export function isRevenue(code: string): boolean {
  return accountClass(code) === 7;
}

/**
 * The income type a revenue account gets until the organisation maps it otherwise:
 * 700-708 sales, 730 membership fees, 731/732 gifts and legacies, 733 subsidies, 740 (operating
 * subsidies) and 753 (capital and interest subsidies) subsidy, everything else in class 7 other.
 * Works on any length of code (`733000` → subsidy); null for accounts outside class 7.
 */
export function defaultIncomeType(code: string): IncomeType | null {
  if (!isRevenue(code)) return null;
  const three = code.slice(0, 3);
  if (/^70[0-8]$/.test(three)) return 'sales';
  switch (three) {
    case '730':
      return 'membership_fees';
    case '731':
    case '732':
      return 'gifts_legacies';
    case '733':
    case '740':
    case '753':
      return 'subsidy';
    default:
      return 'other';
  }
}

/** The MAR minimum chart for associations, with default income types on class 7. */
export const MAR_CHART: readonly ChartAccount[] = MAR_ROWS.map(([code, nl, en]) => {
  const incomeType = defaultIncomeType(code);
  return incomeType && code.length === 3 ? { code, nl, en, incomeType } : { code, nl, en };
});

/**
 * The chart account that best describes `code`: the account itself, else its longest prefix in the
 * chart (`604000` → 604, `6451` → 64). Undefined when not even the class is in the chart.
 */
export function findAccount(code: string, chart: readonly ChartAccount[] = MAR_CHART): ChartAccount | undefined {
  const byCode = new Map(chart.map((a) => [a.code, a]));
  for (let len = code.length; len > 0; len--) {
    const hit = byCode.get(code.slice(0, len));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Ledger account codes the chart does not know, for the mapping step: a code is known when a chart
 * account of at least three digits is its prefix (`604000` under 604), or the chart has it exactly.
 */
export function unknownAccounts(codes: Iterable<string>, chart: readonly ChartAccount[] = MAR_CHART): string[] {
  const known = new Set(chart.map((a) => a.code));
  const out = new Set<string>();
  for (const code of codes) {
    let found = known.has(code);
    for (let len = code.length; !found && len >= 3; len--) found = known.has(code.slice(0, len));
    if (!found) out.add(code);
  }
  return [...out].sort();
}

/** An account read from a chart CSV. */
export interface ImportedAccount {
  code: string;
  name: string;
}

/** Result of {@link parseChartCsv}: the good accounts and every bad line. */
export interface ChartImport {
  accounts: ImportedAccount[];
  errors: FileError[];
}

/**
 * Reads a chart of accounts from CSV bytes: columns code and name (further columns are ignored),
 * separated by `;` or `,`, header optional (a first row whose code is not digits is taken as the
 * header). Reports, per line: code not digits (`invalid_code`), empty name (`empty_name`),
 * duplicate code (`duplicate_code`); and `binary_file`/`empty_file` for the whole file.
 */
export function parseChartCsv(bytes: Uint8Array): ChartImport {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { accounts: [], errors: [{ ...decoded.error, line: 0, column: '' }] };
  const { records, error } = readCsvRecords(decoded.text, detectDelimiter(decoded.text));
  if (error) return { accounts: [], errors: [error] };
  const accounts: ImportedAccount[] = [];
  const errors: FileError[] = [];
  const first = records[0];
  if (!first) {
    return {
      accounts,
      errors: [{ code: 'empty_file', ...msg('empty_file'), line: 0, column: '' }],
    };
  }
  const hasHeader = !/^\d+$/.test((first.cells[0] ?? '').trim());
  const codeColumn = hasHeader ? (first.cells[0] ?? '').trim() : 'code';
  const nameColumn = hasHeader ? (first.cells[1] ?? '').trim() : 'name';
  const seen = new Map<string, number>();
  for (const { cells: record, line } of hasHeader ? records.slice(1) : records) {
    const code = (record[0] ?? '').trim();
    const name = (record[1] ?? '').trim();
    if (!/^\d+$/.test(code)) {
      errors.push({
        code: 'invalid_code',
        line,
        column: codeColumn,
        ...msg('invalid_code', { code }),
      });
      continue;
    }
    if (name === '') {
      errors.push({
        code: 'empty_name',
        line,
        column: nameColumn,
        ...msg('empty_name', { code }),
      });
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      errors.push({
        code: 'duplicate_code',
        line,
        column: codeColumn,
        ...msg('duplicate_code', { code, earlier }),
      });
      continue;
    }
    seen.set(code, line);
    accounts.push({ code, name });
  }
  return { accounts, errors };
}
