import { type Kysely, sql } from 'kysely';

/**
 * Competences (issue 13 §4): a catalogue of competences whose levels (1-4) are described by observable
 * behaviour, role profiles with the level each competence needs, the profile an employee holds,
 * assessments (self or manager, dated, by whom), completed trainings that reach a level, development
 * plans with actions, and certificates or registrations with an expiry date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const employee = sql`employee_id uuid NOT NULL REFERENCES ppl_employee (id) ON DELETE CASCADE`;
  const competence = sql`competence_id uuid NOT NULL REFERENCES cmp_competence (id) ON DELETE CASCADE`;
  const level = sql`level smallint NOT NULL CHECK (level BETWEEN 1 AND 4)`;
  const statements = [
    sql`CREATE TABLE cmp_competence (
      ${id}, ${org}, name text NOT NULL, description text NOT NULL DEFAULT '',
      cluster text NOT NULL DEFAULT '',
      levels jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) = 4),
      position integer NOT NULL DEFAULT 0,
      UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE cmp_profile (
      ${id}, ${org}, name text NOT NULL, description text NOT NULL DEFAULT '', UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE cmp_requirement (
      ${org}, profile_id uuid NOT NULL REFERENCES cmp_profile (id) ON DELETE CASCADE, ${competence}, ${level},
      PRIMARY KEY (profile_id, competence_id)
    )`,
    sql`CREATE TABLE cmp_assignment (
      ${org}, ${employee}, profile_id uuid NOT NULL REFERENCES cmp_profile (id) ON DELETE CASCADE,
      PRIMARY KEY (employee_id)
    )`,
    sql`CREATE TABLE cmp_assessment (
      ${id}, ${org}, ${employee}, ${competence}, ${level},
      kind text NOT NULL CHECK (kind IN ('self', 'manager')),
      assessed_on date NOT NULL,
      assessed_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE cmp_training_link (
      ${id}, ${org}, training_id uuid NOT NULL REFERENCES ppl_training (id) ON DELETE CASCADE,
      ${employee}, ${competence}, ${level}, reached_on date NOT NULL,
      UNIQUE (training_id, competence_id)
    )`,
    sql`CREATE TABLE cmp_plan (
      ${id}, ${org}, ${employee}, title text NOT NULL, review_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE cmp_plan_action (
      ${id}, ${org}, plan_id uuid NOT NULL REFERENCES cmp_plan (id) ON DELETE CASCADE,
      competence_id uuid REFERENCES cmp_competence (id) ON DELETE SET NULL,
      description text NOT NULL, owner text NOT NULL DEFAULT '', due_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
      follow_up text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE cmp_certificate (
      ${id}, ${org}, ${employee},
      kind text NOT NULL CHECK (kind IN ('certificate', 'registration')),
      name text NOT NULL, reference text NOT NULL DEFAULT '',
      issued_on date, expires_on date CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
    )`,
    // The order of the current-level rule (competences/evidence.ts): manager before self, latest first.
    sql`CREATE INDEX cmp_assessment_current_idx ON cmp_assessment (org_id, employee_id, competence_id, kind, assessed_on DESC, created_at DESC)`,
    sql`CREATE INDEX cmp_training_link_org_idx ON cmp_training_link (org_id, employee_id)`,
    sql`CREATE INDEX cmp_plan_org_idx ON cmp_plan (org_id, employee_id)`,
    sql`CREATE INDEX cmp_certificate_org_idx ON cmp_certificate (org_id, expires_on)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'cmp_certificate',
    'cmp_plan_action',
    'cmp_plan',
    'cmp_training_link',
    'cmp_assessment',
    'cmp_assignment',
    'cmp_requirement',
    'cmp_profile',
    'cmp_competence',
  ];
  for (const table of tables) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
