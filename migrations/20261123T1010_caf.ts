import { type Kysely, sql } from 'kysely';

/**
 * CAF 2020 self-assessment: an assessment round with its assessors, each assessor's own scores per
 * subcriterion (classical 0-100 or fine-tuned), and the consensus score agreed afterwards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE caf_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      name text NOT NULL, scoring text NOT NULL CHECK (scoring IN ('classical', 'finetuned')),
      status text NOT NULL DEFAULT 'scoring' CHECK (status IN ('scoring', 'consensus', 'finished')),
      previous_id uuid REFERENCES caf_assessment (id) ON DELETE SET NULL,
      started_on date NOT NULL, finished_on date,
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL, created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE caf_assessor (
      ${org}, assessment_id uuid NOT NULL REFERENCES caf_assessment (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE, submitted_at timestamptz,
      PRIMARY KEY (assessment_id, user_id)
    )`,
    sql`CREATE TABLE caf_score (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      assessment_id uuid NOT NULL REFERENCES caf_assessment (id) ON DELETE CASCADE,
      assessor_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      subcriterion text NOT NULL CHECK (subcriterion ~ '^[1-9][.][1-6]$'), score smallint CHECK (score BETWEEN 0 AND 100), fine jsonb,
      evidence text NOT NULL DEFAULT '', strengths text NOT NULL DEFAULT '', improvements text NOT NULL DEFAULT '',
      updated_at timestamptz NOT NULL DEFAULT now(), UNIQUE (assessment_id, assessor_id, subcriterion)
    )`,
    sql`CREATE TABLE caf_consensus (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      assessment_id uuid NOT NULL REFERENCES caf_assessment (id) ON DELETE CASCADE,
      subcriterion text NOT NULL CHECK (subcriterion ~ '^[1-9][.][1-6]$'), score smallint NOT NULL CHECK (score BETWEEN 0 AND 100), fine jsonb,
      evidence text NOT NULL DEFAULT '', strengths text NOT NULL DEFAULT '', improvements text NOT NULL DEFAULT '',
      decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL, decided_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (assessment_id, subcriterion)
    )`,
    // The list of an organisation's rounds, and "my rounds" of an assessor.
    sql`CREATE INDEX caf_assessment_org_idx ON caf_assessment (org_id, started_on)`,
    sql`CREATE INDEX caf_assessor_user_idx ON caf_assessor (org_id, user_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['caf_consensus', 'caf_score', 'caf_assessor', 'caf_assessment'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
