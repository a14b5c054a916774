/**
 * Ledger imports per fiscal year: preview (nothing saved), all-or-nothing import with remembered
 * header and account mappings, versions kept for comparison.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { ensureChart } from './accounts.ts';
import { parseLedgerFile } from './files.ts';
import {
  accountClass,
  checkBalance,
  normalizeHeader,
  recognizeHeader,
  type FileError,
  type HeaderChoice,
  type IncomeType,
  type LedgerLine,
} from './logic/index.ts';
import type { LedgerImport } from './schema.ts';
import { fileErrors } from '../../lib/files/index.ts';
import { msg } from './messages.ts';
import {
  accountNames,
  analyseLedgerLines,
  chartCodes,
  fiscalStartMonth,
  getMappings,
  importTotals,
  insertImport,
  insertLines,
  latestVersion,
  listImports,
  rememberMappings,
  saveAccounts,
} from './queries-ledger.ts';

export interface LedgerRequest {
  year: number;
  fileName: string;
  bytes: Uint8Array;
  mapping: Record<string, HeaderChoice>;
  accountMapping: Record<string, string>;
  newAccounts: { code: string; name: string; incomeType: IncomeType | null }[];
}

/** First and last day (exclusive) of fiscal year `year` starting in `startMonth`. */
export function fiscalYearRange(year: number, startMonth: number): { from: string; to: string } {
  const pad = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${pad(startMonth)}-01`, to: `${year + 1}-${pad(startMonth)}-01` };
}

/** An account is known when the chart has it or a parent heading (6200 → 620; 5500 → 55). */
function knownAccount(chart: ReadonlySet<string>, code: string): boolean {
  for (let len = code.length; len >= 2; len--) if (chart.has(code.slice(0, len))) return true;
  return false;
}

/** Parses and checks an upload against the chart, the year and the remembered mappings. */
async function analyse(db: DbOrTx, orgId: string, req: LedgerRequest) {
  await ensureChart(db, orgId);
  const remembered = await getMappings(db, orgId);
  // One pass: the parser matches mapping keys as written or normalised, so the remembered mapping
  // (normalised headers) and the one chosen now (headers as in the file, winning) go in together.
  const parsed = await parseLedgerFile(req.bytes, { mapping: { ...remembered.headers, ...req.mapping } });
  const mapping: Record<string, HeaderChoice> = {};
  for (const h of parsed.headers) {
    const choice = req.mapping[h] ?? remembered.headers[normalizeHeader(h)];
    if (choice) mapping[h] = choice;
  }
  const accountMapping = { ...remembered.accounts, ...req.accountMapping };
  const chart = await chartCodes(db, orgId);
  for (const a of req.newAccounts) chart.add(a.code);
  const range = fiscalYearRange(req.year, await fiscalStartMonth(db, orgId));
  const errors: FileError[] = [...parsed.errors];
  const dateColumn = parsed.headers.find((h) => (mapping[h] ?? recognizeHeader(h)) === 'date') ?? 'datum';
  const unknown = new Map<string, { code: string; description: string; lines: number }>();
  const lines: LedgerLine[] = [];
  for (const line of parsed.lines) {
    const account = accountMapping[line.account] ?? line.account;
    if (!knownAccount(chart, account)) {
      const u = unknown.get(line.account) ?? { code: line.account, description: line.description, lines: 0 };
      u.lines++;
      unknown.set(line.account, u);
    }
    if (line.date && (line.date < range.from || line.date >= range.to)) {
      errors.push({
        code: 'date_outside_year',
        line: line.line,
        column: dateColumn,
        ...msg('date_outside_year', { date: line.date, year: req.year, from: range.from, to: range.to }),
      });
    }
    lines.push({ ...line, account });
  }
  const balance = checkBalance(lines);
  // A full ledger (with balance-sheet accounts, classes 1-5) must balance; an extract of only costs
  // and revenues (classes 6-7) need not.
  const needsBalance = lines.some((l) => (accountClass(l.account) ?? 9) <= 5);
  return { parsed, mapping, lines, errors, unknown: [...unknown.values()], balance, needsBalance };
}

/** What an import would do, without saving anything. */
export async function previewLedger(db: Db, orgId: string, req: LedgerRequest) {
  const a = await analyse(db, orgId, req);
  const existing = (await listImports(db, orgId, req.year)).find((i) => i.current) ?? null;
  return {
    headers: a.parsed.headers,
    mapping: a.mapping,
    unknownHeaders: a.parsed.unknownHeaders.filter((h) => !a.mapping[h]),
    unknownAccounts: a.unknown,
    lines: a.lines.length,
    fileLines: a.parsed.fileLines,
    totals: a.parsed.totals,
    balanced: a.balance.balanced,
    balanceRequired: a.needsBalance,
    errors: a.errors.slice(0, 1000).map((e) => ({ line: e.line, column: e.column, code: e.code, nl: e.nl, en: e.en })),
    errorCount: a.errors.length + a.parsed.moreErrors,
    existing,
  };
}

/** Imports a year's ledger in one transaction; a year that has one is replaced only with `replace`. */
export async function importLedger(
  db: Db,
  orgId: string,
  userId: string | null,
  req: LedgerRequest & { replace: boolean },
): Promise<LedgerImport> {
  const result = await db.transaction().execute(async (tx) => {
    await saveAccounts(tx, orgId, req.newAccounts);
    const a = await analyse(tx, orgId, req);
    if (a.errors.length) throw fileErrors(a.errors, a.parsed.moreErrors);
    if (a.lines.length === 0) throw fileErrors([{ code: 'no_lines', line: 0, column: '', ...msg('no_lines') }]);
    if (a.unknown.length) {
      const list = a.unknown.map((u) => u.code).join(', ');
      throw new AppError('validation', msg('unknown_accounts_map_them', { list }), {
        fields: a.unknown.map((u) => ({
          path: `account ${u.code}`,
          message: msg('unknown_lines', { lines: u.lines }),
        })),
      });
    }
    if (a.needsBalance && !a.balance.balanced && a.balance.error)
      throw new AppError(
        'validation',
        { nl: a.balance.error.nl, en: a.balance.error.en },
        { fields: [{ path: 'file', message: { nl: a.balance.error.nl, en: a.balance.error.en } }] },
      );
    const latest = await latestVersion(tx, orgId, req.year);
    if (latest > 0 && !req.replace) {
      throw new AppError('conflict', msg('fiscal_year_already_ledger', { year: req.year, version: latest }));
    }
    const id = await insertImport(tx, orgId, {
      year: req.year,
      version: latest + 1,
      fileName: req.fileName.slice(0, 200),
      lineCount: a.lines.length,
      debitCents: a.lines.reduce((s, l) => s + Math.max(0, l.amountCents), 0),
      creditCents: a.lines.reduce((s, l) => s + Math.max(0, -l.amountCents), 0),
      importedBy: userId,
    });
    await insertLines(tx, orgId, id, a.lines);
    const headers = Object.fromEntries(Object.entries(a.mapping).map(([h, f]) => [normalizeHeader(h), f]));
    await rememberMappings(tx, orgId, 'header', headers);
    await rememberMappings(tx, orgId, 'account', req.accountMapping);
    return (await listImports(tx, orgId, req.year)).find((i) => i.id === id)!;
  });
  // Fresh statistics: without them the planner expects a few hundred lines and the cost-price
  // totals query sorts on disk right after a large import.
  await analyseLedgerLines(db);
  return result;
}

/** Totals per account of two imports side by side; `diffCents` = b − a. Names come from the nearest chart account. */
export async function compareImports(db: DbOrTx, orgId: string, a: string, b: string) {
  const totals = await importTotals(db, orgId, [a, b]);
  const names = await accountNames(db, orgId);
  const nameOf = (code: string) => {
    for (let len = code.length; len >= 2; len--) {
      const n = names.get(code.slice(0, len));
      if (n) return n;
    }
    return '';
  };
  const byAccount = new Map<string, { account: string; name: string; aCents: number; bCents: number }>();
  for (const r of totals) {
    const row = byAccount.get(r.account) ?? { account: r.account, name: nameOf(r.account), aCents: 0, bCents: 0 };
    if (r.importId === a) row.aCents = r.cents;
    else row.bCents = r.cents;
    byAccount.set(r.account, row);
  }
  return [...byAccount.values()]
    .sort((x, y) => x.account.localeCompare(y.account))
    .map((r) => ({ ...r, diffCents: r.bCents - r.aCents }));
}
