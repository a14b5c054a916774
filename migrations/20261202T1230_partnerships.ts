import { type Kysely, sql } from 'kysely';

/**
 * Partnerships and governance (issue 15 §3–§5): hybridisation assessments of a partnership (risks,
 * opportunities, the IFSW principles, the decision and its review date) with a version kept at every save
 * of a decided assessment; innovation projects with their funding and linked strategic objectives; and
 * the decision register of the organisation's bodies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const statements = [
    sql`CREATE TABLE pa_assessment (
      ${id}, ${org}, partner text NOT NULL,
      sphere text NOT NULL CHECK (sphere IN ('market', 'state', 'community')),
      hybridisation text NOT NULL CHECK (hybridisation IN ('internal', 'external')),
      stage text NOT NULL DEFAULT 'proposed' CHECK (stage IN ('proposed', 'running')),
      purpose text NOT NULL DEFAULT '',
      risks jsonb NOT NULL CHECK (jsonb_typeof(risks) = 'array'),
      opportunities jsonb NOT NULL CHECK (jsonb_typeof(opportunities) = 'array'),
      principles jsonb NOT NULL CHECK (jsonb_typeof(principles) = 'array'),
      decision text CHECK (decision IN ('partnership', 'supporting_role', 'no_cooperation')),
      conditions text NOT NULL DEFAULT '',
      decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      decided_on date, review_on date,
      version integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((decision IS NULL) = (decided_on IS NULL))
    )`,
    sql`CREATE TABLE pa_assessment_version (
      ${id}, ${org}, assessment_id uuid NOT NULL REFERENCES pa_assessment (id) ON DELETE CASCADE,
      version integer NOT NULL, saved_at timestamptz NOT NULL DEFAULT now(),
      saved_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
      UNIQUE (assessment_id, version)
    )`,
    sql`CREATE TABLE pa_project (
      ${id}, ${org}, name text NOT NULL, funder text NOT NULL DEFAULT '',
      amount_cents bigint NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
      funding_start date, funding_end date CHECK (funding_end IS NULL OR funding_start IS NULL OR funding_end >= funding_start),
      results text NOT NULL DEFAULT '', continuation_plan text NOT NULL DEFAULT '',
      UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE pa_project_objective (
      ${org}, project_id uuid NOT NULL REFERENCES pa_project (id) ON DELETE CASCADE,
      objective_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE,
      PRIMARY KEY (project_id, objective_id)
    )`,
    sql`CREATE TABLE gov_decision (
      ${id}, ${org}, title text NOT NULL, description text NOT NULL DEFAULT '',
      body text NOT NULL CHECK (body IN ('algemene_vergadering', 'raad_van_bestuur', 'directie', 'team')),
      decided_on date NOT NULL,
      objective_id uuid REFERENCES perf_objective (id) ON DELETE SET NULL,
      assessment_id uuid REFERENCES pa_assessment (id) ON DELETE SET NULL,
      project_id uuid REFERENCES pa_project (id) ON DELETE SET NULL,
      follow_up_owner text NOT NULL DEFAULT '', follow_up_on date,
      follow_up_done boolean NOT NULL DEFAULT false,
      recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX pa_assessment_org_idx ON pa_assessment (org_id, review_on)`,
    sql`CREATE INDEX pa_project_org_idx ON pa_project (org_id, funding_end)`,
    sql`CREATE INDEX gov_decision_org_idx ON gov_decision (org_id, decided_on DESC)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['gov_decision', 'pa_project_objective', 'pa_project', 'pa_assessment_version', 'pa_assessment'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
