/** The organisation's chart of accounts: the MAR preloaded, then edited or imported. */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { accountClass, defaultIncomeType, MAR_CHART, type IncomeType } from './logic/index.ts';
import type { Account } from './schema.ts';
import { msg } from './messages.ts';

function kindOf(code: string): Account['kind'] {
  const cls = accountClass(code);
  return cls === 6 ? 'cost' : cls === 7 ? 'revenue' : 'balance';
}

/** Loads the MAR into an organisation's chart the first time finance is used. */
export async function ensureChart(db: DbOrTx, orgId: string): Promise<void> {
  const any = await db.selectFrom('fin_account').select('code').where('org_id', '=', orgId).limit(1).executeTakeFirst();
  if (any) return;
  await db
    .insertInto('fin_account')
    .values(MAR_CHART.map((a) => ({ org_id: orgId, code: a.code, name: a.nl, income_type: defaultIncomeType(a.code) })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listAccounts(db: DbOrTx, orgId: string): Promise<Account[]> {
  await ensureChart(db, orgId);
  const rows = await db.selectFrom('fin_account').selectAll().where('org_id', '=', orgId).orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    incomeType: r.income_type as IncomeType | null,
    kind: kindOf(r.code),
  }));
}

export async function upsertAccount(
  db: DbOrTx,
  orgId: string,
  code: string,
  input: { name: string; incomeType: IncomeType | null },
): Promise<Account> {
  if (!/^\d{1,12}$/.test(code)) {
    throw new AppError('validation', msg('account_code_made_digits'), {
      fields: [{ path: 'code', message: msg('digits_only') }],
    });
  }
  await ensureChart(db, orgId);
  const incomeType = kindOf(code) === 'revenue' ? input.incomeType : null;
  await db
    .insertInto('fin_account')
    .values({ org_id: orgId, code, name: input.name, income_type: incomeType })
    .onConflict((oc) => oc.columns(['org_id', 'code']).doUpdateSet({ name: input.name, income_type: incomeType }))
    .execute();
  return { code, name: input.name, incomeType, kind: kindOf(code) };
}

export async function deleteAccount(db: DbOrTx, orgId: string, code: string): Promise<void> {
  const used = await db
    .selectFrom('fin_ledger_line')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('org_id', '=', orgId)
    .where('account', '=', code)
    .executeTakeFirstOrThrow();
  if (used.n > 0) {
    throw new AppError('conflict', msg('account_used_ledger_lines', { code, n: used.n }));
  }
  const deleted = await db
    .deleteFrom('fin_account')
    .where('org_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!deleted.numDeletedRows) throw AppError.notFound();
}

/** Adds or renames accounts from an imported chart; the income type of existing accounts is kept. */
export async function importAccounts(db: DbOrTx, orgId: string, accounts: readonly { code: string; name: string }[]) {
  await ensureChart(db, orgId);
  const existing = new Set(
    (await db.selectFrom('fin_account').select('code').where('org_id', '=', orgId).execute()).map((r) => r.code),
  );
  let added = 0;
  for (const a of accounts) {
    if (!existing.has(a.code)) added++;
    await db
      .insertInto('fin_account')
      .values({ org_id: orgId, code: a.code, name: a.name, income_type: defaultIncomeType(a.code) })
      .onConflict((oc) => oc.columns(['org_id', 'code']).doUpdateSet({ name: a.name }))
      .execute();
  }
  return { added, updated: accounts.length - added };
}

/** Income type per revenue account of the organisation (its own choice, else the MAR default). */
export async function incomeTypes(db: DbOrTx, orgId: string): Promise<Map<string, IncomeType>> {
  const rows = await db
    .selectFrom('fin_account')
    .select(['code', 'income_type'])
    .where('org_id', '=', orgId)
    .where('income_type', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.code, r.income_type as IncomeType]));
}
