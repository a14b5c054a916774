/** The organisation's rule tables (DOMAIN.md §3) as data with validity, seeded on first use. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { RULE_SEED, type RuleSet } from './logic/index.ts';
import { msg } from './messages.ts';

export type RuleTableName = keyof RuleSet;
export const RULE_TABLES = Object.keys(RULE_SEED) as RuleTableName[];

/** The seed rows of a table, as plain records. */
function seedRows(table: RuleTableName): Record<string, unknown>[] {
  return RULE_SEED[table] as unknown as Record<string, unknown>[];
}

export interface RuleRow {
  id: string;
  table: RuleTableName;
  validFrom: string;
  validTo: string | null;
  data: Record<string, unknown>;
  example: boolean;
  source: string | null;
}

function splitRow(row: Record<string, unknown>) {
  const { validFrom, validTo, source, example, ...data } = row as {
    validFrom: string;
    validTo?: string;
    source?: string;
    example?: boolean;
  };
  return { validFrom, validTo: validTo ?? null, source: source ?? null, example: example ?? false, data };
}

/** Loads the seed rule tables into an organisation the first time they are needed. */
export async function ensureRules(db: DbOrTx, orgId: string): Promise<void> {
  if (await db.selectFrom('cl_rule').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst()) return;
  const rows = RULE_TABLES.flatMap((table) => seedRows(table).map((row) => ({ table, ...splitRow(row) })));
  await db
    .insertInto('cl_rule')
    .values(
      rows.map((r) => ({
        org_id: orgId,
        rule_table: r.table,
        valid_from: r.validFrom,
        valid_to: r.validTo,
        data: JSON.stringify(r.data),
        example: r.example,
        source: r.source,
      })),
    )
    .execute();
}

export async function listRules(db: DbOrTx, orgId: string): Promise<RuleRow[]> {
  await ensureRules(db, orgId);
  const rows = await db
    .selectFrom('cl_rule')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('rule_table')
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    table: r.rule_table as RuleTableName,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    data: r.data,
    example: r.example,
    source: r.source,
  }));
}

/** The organisation's rules in the shape the pure logic takes. */
export async function ruleSet(db: DbOrTx, orgId: string): Promise<RuleSet> {
  const set = Object.fromEntries(RULE_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as Record<
    RuleTableName,
    Record<string, unknown>[]
  >;
  for (const r of await listRules(db, orgId)) {
    set[r.table].push({
      ...r.data,
      validFrom: r.validFrom,
      ...(r.validTo ? { validTo: r.validTo } : {}),
      example: r.example,
    });
  }
  return set as unknown as RuleSet;
}

/** Changes or adds a period of a rule table. The data must keep the shape of the seed's rows. */
export async function saveRule(
  db: DbOrTx,
  orgId: string,
  input: { table: RuleTableName; validFrom: string; validTo: string | null; data: Record<string, unknown> },
  id?: string,
): Promise<RuleRow> {
  const seedKeys = Object.keys(splitRow(seedRows(input.table)[0]!).data).sort();
  const keys = Object.keys(input.data).sort();
  if (JSON.stringify(keys) !== JSON.stringify(seedKeys)) {
    throw new AppError('validation', msg('row_fields', { table: input.table, seedKeys: seedKeys.join(', ') }), {
      fields: [{ path: 'data', message: seedKeys.join(', ') }],
    });
  }
  if (input.validTo && input.validTo < input.validFrom) {
    throw new AppError('validation', msg('end_date_before_start'), {
      fields: [{ path: 'validTo', message: msg('before_start') }],
    });
  }
  await ensureRules(db, orgId);
  const values = {
    rule_table: input.table,
    valid_from: input.validFrom,
    valid_to: input.validTo,
    data: JSON.stringify(input.data),
    example: false,
    source: 'aangepast door beheerder',
  };
  const row = id
    ? await db
        .updateTable('cl_rule')
        .set(values)
        .where('id', '=', id)
        .where('org_id', '=', orgId)
        .returning('id')
        .executeTakeFirst()
    : await db
        .insertInto('cl_rule')
        .values({ ...values, org_id: orgId })
        .returning('id')
        .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return (await listRules(db, orgId)).find((r) => r.id === row.id)!;
}
