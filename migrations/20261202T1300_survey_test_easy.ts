import { type Kysely, sql } from 'kysely';

/**
 * Surveys (issue 12 §7): a survey can be marked as a test (it never feeds the KPIs), and the short
 * easy-language client survey is a third template beside SERVQUAL and Herzberg.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE survey
    ADD COLUMN is_test boolean NOT NULL DEFAULT false,
    DROP CONSTRAINT IF EXISTS survey_template_check,
    ADD CONSTRAINT survey_template_check CHECK (template IN ('servqual', 'herzberg', 'easy'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM survey WHERE template = 'easy'`.execute(db);
  await sql`ALTER TABLE survey
    DROP COLUMN IF EXISTS is_test,
    DROP CONSTRAINT IF EXISTS survey_template_check,
    ADD CONSTRAINT survey_template_check CHECK (template IN ('servqual', 'herzberg'))`.execute(db);
}
