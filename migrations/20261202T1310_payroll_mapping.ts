import { type Kysely, sql } from 'kysely';

/**
 * The payroll import's mapping memory (issue 13 §1): per organisation, how a provider's own column
 * names were mapped (column name as in the file → field or 'ignore'), saved by a successful import and
 * offered for the next file, so the next month's export of the same provider needs no mapping step.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE ppl_payroll_mapping (
    org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    source text NOT NULL,
    target text NOT NULL,
    PRIMARY KEY (org_id, source)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS ppl_payroll_mapping`.execute(db);
}
