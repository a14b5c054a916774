import { type Kysely, sql } from 'kysely';

/**
 * Surveys for staff and clients: questions in sections (texts in nl/en/fr), single-use respondent
 * tokens (hashed; nothing links a token or an answer to a person) and anonymous responses. A token
 * keeps only the day it was used; a response keeps only the day it was submitted, not the token.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE survey (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      title jsonb NOT NULL, intro jsonb NOT NULL DEFAULT '{}',
      audience text NOT NULL CHECK (audience IN ('staff', 'clients')),
      template text CHECK (template IN ('servqual', 'herzberg')),
      languages jsonb NOT NULL DEFAULT '["nl"]',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
      closes_on date, open_link_hash text, invited integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL, created_at timestamptz NOT NULL DEFAULT now(), opened_on date, closed_on date
    )`,
    sql`CREATE TABLE survey_question (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      survey_id uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
      position integer NOT NULL, section jsonb NOT NULL DEFAULT '{}',
      kind text NOT NULL CHECK (kind IN ('likert5', 'likert7', 'nps', 'single', 'multiple', 'open')),
      text jsonb NOT NULL, options jsonb NOT NULL DEFAULT '[]', required boolean NOT NULL DEFAULT false,
      dimension text, item smallint, aspect text CHECK (aspect IN ('expectation', 'perception')),
      breakdown boolean NOT NULL DEFAULT false
    )`,
    sql`CREATE TABLE survey_token (
      ${org}, survey_id uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
      token_hash text NOT NULL, used_on date, PRIMARY KEY (survey_id, token_hash)
    )`,
    sql`CREATE TABLE survey_response (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      survey_id uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
      language text NOT NULL, submitted_on date NOT NULL, answers jsonb NOT NULL
    )`,
    sql`CREATE INDEX survey_org_idx ON survey (org_id)`,
    sql`CREATE INDEX survey_question_survey_idx ON survey_question (survey_id, position)`,
    sql`CREATE INDEX survey_response_survey_idx ON survey_response (survey_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['survey_response', 'survey_token', 'survey_question', 'survey'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
