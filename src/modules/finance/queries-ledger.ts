/**
 * Kysely queries of the ledger: imports and their lines, remembered mappings, totals per account.
 * Every function takes the organisation id; the orchestration (checks, all-or-nothing import) is in ledger.ts.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import type { HeaderChoice, IncomeType, LedgerLine, SignedLedgerLine } from './logic/index.ts';
import type { LedgerImport } from './schema.ts';

/** The remembered mappings of the organisation: normalised header → field, file account → chart account. */
export async function getMappings(db: DbOrTx, orgId: string) {
  const rows = await db.selectFrom('fin_mapping').selectAll().where('org_id', '=', orgId).execute();
  const pick = (kind: string) =>
    Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.source, r.target]));
  return { headers: pick('header') as Record<string, HeaderChoice>, accounts: pick('account') };
}

export async function rememberMappings(
  db: DbOrTx,
  orgId: string,
  kind: 'header' | 'account',
  pairs: Record<string, string>,
) {
  for (const [source, target] of Object.entries(pairs)) {
    await db
      .insertInto('fin_mapping')
      .values({ org_id: orgId, kind, source, target })
      .onConflict((oc) => oc.columns(['org_id', 'kind', 'source']).doUpdateSet({ target }))
      .execute();
  }
}

/** The month (1-12) the organisation's fiscal year starts in. */
export async function fiscalStartMonth(db: DbOrTx, orgId: string): Promise<number> {
  const org = await db
    .selectFrom('organisation')
    .select('fiscal_year_start_month')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return org.fiscal_year_start_month;
}

/** The codes of the organisation's chart of accounts. */
export async function chartCodes(db: DbOrTx, orgId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('fin_account').select('code').where('org_id', '=', orgId).execute();
  return new Set(rows.map((r) => r.code));
}

/** Adds accounts (or renames them and sets their income type when they exist). */
export async function saveAccounts(
  db: DbOrTx,
  orgId: string,
  accounts: readonly { code: string; name: string; incomeType: IncomeType | null }[],
): Promise<void> {
  for (const a of accounts) {
    await db
      .insertInto('fin_account')
      .values({ org_id: orgId, code: a.code, name: a.name, income_type: a.incomeType })
      .onConflict((oc) => oc.columns(['org_id', 'code']).doUpdateSet({ name: a.name, income_type: a.incomeType }))
      .execute();
  }
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
  has_model: boolean | number;
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
    hasModel: Boolean(r.has_model),
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
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('fin_cost_model as m')
              .select('m.year')
              .whereRef('m.org_id', '=', 'i.org_id')
              .whereRef('m.year', '=', 'i.year'),
          )
          .as('has_model'),
    ])
    .where('i.org_id', '=', orgId)
    .orderBy('i.year', 'desc')
    .orderBy('i.version', 'desc');
  if (year) q = q.where('i.year', '=', year);
  return (await q.execute()).map(presentImport);
}

/** The newest version of a year's ledger, or 0 when it has none. */
export async function latestVersion(db: DbOrTx, orgId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('fin_ledger_import')
    .select('version')
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** Adds a year's import as its current version (the previous ones stay, no longer current); returns its id. */
export async function insertImport(
  db: DbOrTx,
  orgId: string,
  values: {
    year: number;
    version: number;
    fileName: string;
    lineCount: number;
    debitCents: number;
    creditCents: number;
    importedBy: string | null;
  },
): Promise<string> {
  await db
    .updateTable('fin_ledger_import')
    .set({ is_current: false })
    .where('org_id', '=', orgId)
    .where('year', '=', values.year)
    .execute();
  const created = await db
    .insertInto('fin_ledger_import')
    .values({
      org_id: orgId,
      year: values.year,
      version: values.version,
      is_current: true,
      file_name: values.fileName,
      line_count: values.lineCount,
      debit_cents: values.debitCents,
      credit_cents: values.creditCents,
      imported_by: values.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

const CHUNK = 20_000;

/** Bulk insert through unnest(): one statement per 20,000 lines, nine array parameters each. */
export async function insertLines(
  db: DbOrTx,
  orgId: string,
  importId: string,
  lines: readonly LedgerLine[],
): Promise<void> {
  for (let i = 0; i < lines.length; i += CHUNK) {
    const part = lines.slice(i, i + CHUNK);
    await sql`INSERT INTO fin_ledger_line (import_id, org_id, line_no, account, description, amount_cents, cost_centre, entry_date, journal)
      SELECT ${importId}::uuid, ${orgId}::uuid, * FROM unnest(
        ${part.map((l) => l.line)}::int[], ${part.map((l) => l.account)}::text[], ${part.map((l) => l.description)}::text[],
        ${part.map((l) => String(l.amountCents))}::bigint[], ${part.map((l) => l.costCentre ?? null)}::text[],
        ${part.map((l) => l.date ?? null)}::date[], ${part.map((l) => l.journal ?? null)}::text[])`.execute(db);
  }
}

/** Fresh planner statistics of the ledger lines (after a large import). */
export async function analyseLedgerLines(db: DbOrTx): Promise<void> {
  await sql`ANALYZE fin_ledger_line`.execute(db);
}

/** Totals per account of the given imports of the organisation. */
export async function importTotals(db: DbOrTx, orgId: string, importIds: readonly string[]) {
  const rows = await db
    .selectFrom('fin_ledger_line as l')
    .select(['l.account', 'l.import_id', sql<string>`sum(l.amount_cents)::text`.as('total')])
    .where('l.org_id', '=', orgId)
    .where('l.import_id', 'in', importIds)
    .groupBy(['l.account', 'l.import_id'])
    .execute();
  return rows.map((r) => ({ account: r.account, importId: r.import_id, cents: Number(r.total) }));
}

/** Account code → name in the organisation's chart. */
export async function accountNames(db: DbOrTx, orgId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('fin_account').select(['code', 'name']).where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Ledger totals of the year's current import per account and cost centre. */
export async function ledgerTotals(db: DbOrTx, orgId: string, year: number): Promise<SignedLedgerLine[]> {
  const rows = await db
    .selectFrom('fin_ledger_line as l')
    .innerJoin('fin_ledger_import as i', 'i.id', 'l.import_id')
    .select(['l.account', 'l.cost_centre', sql<string>`sum(l.amount_cents)::text`.as('total')])
    .where('i.org_id', '=', orgId)
    .where('i.year', '=', year)
    .where('i.is_current', '=', true)
    .groupBy(['l.account', 'l.cost_centre'])
    .execute();
  return rows.map((r) => ({
    account: r.account,
    amountCents: Number(r.total),
    ...(r.cost_centre ? { costCentre: r.cost_centre } : {}),
  }));
}

/** Totals per account and fiscal quarter (1-4; null for undated lines) of the year's current import. */
export async function quarterTotals(db: DbOrTx, orgId: string, year: number, startMonth: number) {
  // The start month is a literal (an integer 1-12) so SELECT and GROUP BY are the same expression.
  const quarter = sql<number>`(((extract(month from l.entry_date)::int - ${sql.lit(startMonth)} + 12) % 12) / 3 + 1)`;
  const rows = await db
    .selectFrom('fin_ledger_line as l')
    .innerJoin('fin_ledger_import as i', 'i.id', 'l.import_id')
    .select(['l.account', quarter.as('quarter'), sql<string>`sum(l.amount_cents)::text`.as('total')])
    .where('i.org_id', '=', orgId)
    .where('i.year', '=', year)
    .where('i.is_current', '=', true)
    .groupBy(['l.account', quarter])
    .execute();
  return rows.map((r) => ({ account: r.account, quarter: r.quarter, cents: Number(r.total) }));
}
