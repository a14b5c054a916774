import { type Kysely, sql } from 'kysely';

/**
 * Social economy (issue 14 §1-§3): partner enterprises with contacts, the members of the `partner` role
 * linked to one enterprise, cooperation agreements (phase 1) with dated amendments, placed workers with
 * their hours, POP goals and evaluations, transition trajectories (phase 2) with their phases, and the
 * funding per trajectory as a rule table with validity dates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const partner = sql`partner_id uuid NOT NULL REFERENCES se_partner (id) ON DELETE CASCADE`;
  const worker = sql`worker_id uuid NOT NULL REFERENCES se_worker (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE se_partner (
      ${id}, ${org}, name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('maatwerkbedrijf', 'lde', 'arbeidszorg', 'ocmw', 'other')),
      kbo text NOT NULL DEFAULT '', address text NOT NULL DEFAULT '', notes text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE se_contact (
      ${id}, ${org}, ${partner}, name text NOT NULL, function text NOT NULL DEFAULT '',
      email text NOT NULL DEFAULT '', phone text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE se_partner_member (
      ${org}, user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE, ${partner},
      PRIMARY KEY (org_id, user_id)
    )`,
    sql`CREATE TABLE se_agreement (
      ${id}, ${org}, ${partner}, title text NOT NULL, content text NOT NULL DEFAULT '',
      tasks text NOT NULL DEFAULT '',
      scope_unit text NOT NULL CHECK (scope_unit IN ('hours_per_week', 'fte')),
      scope_amount numeric(10, 2) NOT NULL CHECK (scope_amount > 0),
      start_on date NOT NULL, end_on date CHECK (end_on IS NULL OR end_on >= start_on), evaluation_on date,
      price_unit text NOT NULL CHECK (price_unit IN ('hour', 'fte_year')),
      price_cents bigint NOT NULL CHECK (price_cents >= 0),
      coaching_hours_per_month numeric(8, 2) NOT NULL DEFAULT 0 CHECK (coaching_hours_per_month >= 0),
      training_hours_per_year numeric(8, 2) NOT NULL DEFAULT 0 CHECK (training_hours_per_year >= 0),
      coach text NOT NULL DEFAULT '', conditions text NOT NULL DEFAULT '',
      cost_centre text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE se_amendment (
      ${id}, ${org}, agreement_id uuid NOT NULL REFERENCES se_agreement (id) ON DELETE CASCADE,
      effective_on date NOT NULL, description text NOT NULL,
      scope_amount numeric(10, 2) CHECK (scope_amount IS NULL OR scope_amount > 0),
      price_cents bigint CHECK (price_cents IS NULL OR price_cents >= 0),
      end_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE se_worker (
      ${id}, ${org}, ${partner},
      agreement_id uuid REFERENCES se_agreement (id) ON DELETE SET NULL,
      name text NOT NULL, tasks text NOT NULL DEFAULT '',
      language_level text CHECK (language_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
      talents jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(talents) = 'array'),
      hours_per_week numeric(6, 2) CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 60)),
      placed_on date, left_on date,
      lde_start_on date, deadline_exception boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE se_goal (
      ${id}, ${org}, ${worker}, description text NOT NULL, due_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled'))
    )`,
    sql`CREATE TABLE se_evaluation (
      ${id}, ${org}, ${worker}, evaluated_on date NOT NULL,
      score smallint CHECK (score IS NULL OR score BETWEEN 1 AND 5),
      summary text NOT NULL, evaluated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE se_trajectory (
      ${id}, ${org}, ${worker}, started_on date NOT NULL,
      outcome text CHECK (outcome IN ('hired', 'regular_elsewhere', 'back_to_partner', 'stopped')),
      outcome_on date CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE se_trajectory_phase (
      ${org}, trajectory_id uuid NOT NULL REFERENCES se_trajectory (id) ON DELETE CASCADE,
      phase text NOT NULL CHECK (phase IN ('voortraject', 'jobmatching', 'stage', 'nazorg')),
      started_on date NOT NULL,
      PRIMARY KEY (trajectory_id, phase)
    )`,
    sql`CREATE TABLE se_hours (
      ${id}, ${org}, ${worker},
      kind text NOT NULL CHECK (kind IN ('work', 'coaching')),
      worked_on date NOT NULL, hours numeric(6, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
      trajectory_id uuid REFERENCES se_trajectory (id) ON DELETE CASCADE,
      phase text CHECK (phase IN ('voortraject', 'jobmatching', 'stage', 'nazorg')),
      note text NOT NULL DEFAULT '', logged_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((trajectory_id IS NULL) = (phase IS NULL))
    )`,
    sql`CREATE TABLE se_funding_rule (
      ${id}, ${org}, valid_from date NOT NULL, valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
      amount_cents bigint NOT NULL CHECK (amount_cents >= 0), note text NOT NULL DEFAULT ''
    )`,
    sql`CREATE INDEX se_worker_org_idx ON se_worker (org_id, partner_id)`,
    sql`CREATE INDEX se_agreement_org_idx ON se_agreement (org_id, partner_id)`,
    sql`CREATE INDEX se_hours_org_idx ON se_hours (org_id, worker_id, worked_on)`,
    sql`CREATE INDEX se_trajectory_org_idx ON se_trajectory (org_id, worker_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'se_funding_rule',
    'se_hours',
    'se_trajectory_phase',
    'se_trajectory',
    'se_evaluation',
    'se_goal',
    'se_worker',
    'se_amendment',
    'se_agreement',
    'se_partner_member',
    'se_contact',
    'se_partner',
  ];
  for (const table of tables) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
