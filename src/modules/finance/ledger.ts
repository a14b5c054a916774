/**
 * Ledger imports per fiscal year: preview (nothing saved), all-or-nothing import with remembered
 * header and account mappings, versions kept for comparison.
 */
import { sql } from 'kysely';
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

export interface LedgerRequest {
  year: number;
  fileName: string;
  bytes: Uint8Array;
  mapping: Record<string, HeaderChoice>;
  accountMapping: Record<string, string>;
  newAccounts: { code: string; name: string; incomeType: IncomeType | null }[];
}

/** The remembered mappings of the organisation: normalised header → field, file account → chart account. */
export async function getMappings(db: DbOrTx, orgId: string) {
  const rows = await db.selectFrom('fin_mapping').selectAll().where('org_id', '=', orgId).execute();
  const pick = (kind: string) =>
    Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.source, r.target]));
  return { headers: pick('header') as Record<string, HeaderChoice>, accounts: pick('account') };
}

async function remember(db: DbOrTx, orgId: string, kind: 'header' | 'account', pairs: Record<string, string>) {
  for (const [source, target] of Object.entries(pairs)) {
    await db
      .insertInto('fin_mapping')
      .values({ org_id: orgId, kind, source, target })
      .onConflict((oc) => oc.columns(['org_id', 'kind', 'source']).doUpdateSet({ target }))
      .execute();
  }
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
  const chart = new Set(
    (await db.selectFrom('fin_account').select('code').where('org_id', '=', orgId).execute()).map((r) => r.code),
  );
  for (const a of req.newAccounts) chart.add(a.code);
  const org = await db
    .selectFrom('organisation')
    .select('fiscal_year_start_month')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const range = fiscalYearRange(req.year, org.fiscal_year_start_month);
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

function presentImport(r: {
  id: string;
  year: number;
  version: number;
  is_current: boolean;
  file_name: string;
  line_count: number;
  debit_cents: number;
  credit_cents: number;
  imported_at: Date;
  email: string | null;
}): LedgerImport {
  return {
    id: r.id,
    year: r.year,
    version: r.version,
    current: r.is_current,
    fileName: r.file_name,
    lines: r.line_count,
    debitCents: Number(r.debit_cents),
    creditCents: Number(r.credit_cents),
    importedAt: r.imported_at.toISOString(),
    importedBy: r.email,
  };
}

export async function listImports(db: DbOrTx, orgId: string, year?: number): Promise<LedgerImport[]> {
  let q = db
    .selectFrom('fin_ledger_import as i')
    .leftJoin('app_user as u', 'u.id', 'i.imported_by')
    .select([
      'i.id',
      'i.year',
      'i.version',
      'i.is_current',
      'i.file_name',
      'i.line_count',
      'i.debit_cents',
      'i.credit_cents',
      'i.imported_at',
      'u.email',
    ])
    .where('i.org_id', '=', orgId)
    .orderBy('i.year', 'desc')
    .orderBy('i.version', 'desc');
  if (year) q = q.where('i.year', '=', year);
  return (await q.execute()).map(presentImport);
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
    for (const a of req.newAccounts) {
      await tx
        .insertInto('fin_account')
        .values({ org_id: orgId, code: a.code, name: a.name, income_type: a.incomeType })
        .onConflict((oc) => oc.columns(['org_id', 'code']).doUpdateSet({ name: a.name, income_type: a.incomeType }))
        .execute();
    }
    const a = await analyse(tx, orgId, req);
    if (a.errors.length) throw fileErrors(a.errors, a.parsed.moreErrors);
    if (a.lines.length === 0)
      throw fileErrors([
        {
          code: 'no_lines',
          line: 0,
          column: '',
          ...msg('no_lines'),
        },
      ]);
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
    const current = await tx
      .selectFrom('fin_ledger_import')
      .select(['id', 'version'])
      .where('org_id', '=', orgId)
      .where('year', '=', req.year)
      .orderBy('version', 'desc')
      .execute();
    if (current.length && !req.replace) {
      throw new AppError(
        'conflict',
        msg('fiscal_year_already_ledger', { year: req.year, version: current[0]!.version }),
      );
    }
    await tx
      .updateTable('fin_ledger_import')
      .set({ is_current: false })
      .where('org_id', '=', orgId)
      .where('year', '=', req.year)
      .execute();
    const debit = a.lines.reduce((s, l) => s + Math.max(0, l.amountCents), 0);
    const credit = a.lines.reduce((s, l) => s + Math.max(0, -l.amountCents), 0);
    const created = await tx
      .insertInto('fin_ledger_import')
      .values({
        org_id: orgId,
        year: req.year,
        version: (current[0]?.version ?? 0) + 1,
        is_current: true,
        file_name: req.fileName.slice(0, 200),
        line_count: a.lines.length,
        debit_cents: debit,
        credit_cents: credit,
        imported_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertLines(tx, orgId, created.id, a.lines);
    await remember(
      tx,
      orgId,
      'header',
      Object.fromEntries(Object.entries(a.mapping).map(([h, f]) => [normalizeHeader(h), f])),
    );
    await remember(tx, orgId, 'account', req.accountMapping);
    return (await listImports(tx, orgId, req.year)).find((i) => i.id === created.id)!;
  });
  // Fresh statistics: without them the planner expects a few hundred lines and the cost-price
  // totals query sorts on disk right after a large import.
  await sql`ANALYZE fin_ledger_line`.execute(db);
  return result;
}

const CHUNK = 20_000;

/** Bulk insert through unnest(): one statement per 20,000 lines, nine array parameters each. */
async function insertLines(db: DbOrTx, orgId: string, importId: string, lines: readonly LedgerLine[]): Promise<void> {
  for (let i = 0; i < lines.length; i += CHUNK) {
    const part = lines.slice(i, i + CHUNK);
    await sql`INSERT INTO fin_ledger_line (import_id, org_id, line_no, account, description, amount_cents, cost_centre, entry_date, journal)
      SELECT ${importId}::uuid, ${orgId}::uuid, * FROM unnest(
        ${part.map((l) => l.line)}::int[], ${part.map((l) => l.account)}::text[], ${part.map((l) => l.description)}::text[],
        ${part.map((l) => String(l.amountCents))}::bigint[], ${part.map((l) => l.costCentre ?? null)}::text[],
        ${part.map((l) => l.date ?? null)}::date[], ${part.map((l) => l.journal ?? null)}::text[])`.execute(db);
  }
}

/** Totals per account of two imports side by side; `diffCents` = b − a. Names come from the nearest chart account. */
export async function compareImports(db: DbOrTx, orgId: string, a: string, b: string) {
  const rows = await db
    .selectFrom('fin_ledger_line as l')
    .select(['l.account', 'l.import_id', sql<string>`sum(l.amount_cents)::text`.as('total')])
    .where('l.org_id', '=', orgId)
    .where('l.import_id', 'in', [a, b])
    .groupBy(['l.account', 'l.import_id'])
    .execute();
  const names = new Map(
    (await db.selectFrom('fin_account').select(['code', 'name']).where('org_id', '=', orgId).execute()).map((r) => [
      r.code,
      r.name,
    ]),
  );
  const nameOf = (code: string) => {
    for (let len = code.length; len >= 2; len--) {
      const n = names.get(code.slice(0, len));
      if (n) return n;
    }
    return '';
  };
  const byAccount = new Map<string, { account: string; name: string; aCents: number; bCents: number }>();
  for (const r of rows) {
    const row = byAccount.get(r.account) ?? { account: r.account, name: nameOf(r.account), aCents: 0, bCents: 0 };
    if (r.import_id === a) row.aCents = Number(r.total);
    else row.bCents = Number(r.total);
    byAccount.set(r.account, row);
  }
  return [...byAccount.values()]
    .sort((x, y) => x.account.localeCompare(y.account))
    .map((r) => ({ ...r, diffCents: r.bCents - r.aCents }));
}
