import { type Kysely, sql } from 'kysely';

/**
 * The strategy map (mission, strategic objectives per perspective, which objective supports which,
 * and the KPIs that measure each) and improvement actions in a Plan-Do-Check-Act cycle.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE perf_strategy (
      org_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
      mission text NOT NULL DEFAULT '', vision text NOT NULL DEFAULT '', updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE perf_objective (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      perspective text NOT NULL CHECK (perspective IN ('mission', 'financial', 'clients', 'processes', 'learning')),
      title text NOT NULL, description text NOT NULL DEFAULT '', position integer NOT NULL DEFAULT 0
    )`,
    sql`CREATE TABLE perf_objective_link (
      ${org}, from_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE,
      to_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE, PRIMARY KEY (from_id, to_id), CHECK (from_id <> to_id)
    )`,
    sql`CREATE TABLE perf_objective_kpi (
      ${org}, objective_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE,
      kpi_id uuid NOT NULL REFERENCES kpi (id) ON DELETE CASCADE, PRIMARY KEY (objective_id, kpi_id)
    )`,
    sql`CREATE TABLE perf_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      title text NOT NULL, description text NOT NULL DEFAULT '',
      owner_id uuid REFERENCES app_user (id) ON DELETE SET NULL, due_date date,
      status text NOT NULL DEFAULT 'plan' CHECK (status IN ('plan', 'do', 'check', 'act', 'done')),
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL, created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(), done_at timestamptz
    )`,
    sql`CREATE INDEX perf_action_org_idx ON perf_action (org_id, status, due_date)`,
    sql`CREATE TABLE perf_action_kpi (
      ${org}, action_id uuid NOT NULL REFERENCES perf_action (id) ON DELETE CASCADE,
      kpi_id uuid NOT NULL REFERENCES kpi (id) ON DELETE CASCADE, PRIMARY KEY (action_id, kpi_id)
    )`,
    sql`CREATE INDEX perf_action_kpi_kpi_idx ON perf_action_kpi (kpi_id)`,
    sql`CREATE TABLE perf_action_caf (
      ${org}, action_id uuid NOT NULL REFERENCES perf_action (id) ON DELETE CASCADE,
      subcriterion text NOT NULL, assessment_id uuid REFERENCES caf_assessment (id) ON DELETE SET NULL,
      PRIMARY KEY (action_id, subcriterion)
    )`,
    sql`CREATE TABLE perf_action_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      action_id uuid NOT NULL REFERENCES perf_action (id) ON DELETE CASCADE,
      body text NOT NULL, status text NOT NULL, author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'perf_action_note',
    'perf_action_caf',
    'perf_action_kpi',
    'perf_action',
    'perf_objective_kpi',
    'perf_objective_link',
    'perf_objective',
    'perf_strategy',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
