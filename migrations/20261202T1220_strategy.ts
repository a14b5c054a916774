import { type Kysely, sql } from 'kysely';

/**
 * Strategy (issue 15 §1–§2). The performance module's strategy map gets the values beside mission and
 * vision, a history of every change to those three texts (who, when, before and after), and per
 * objective an owner, a due date, the resources it counts on and the improvement actions that carry
 * it (for the SMART check). The new strategy module keeps a SWOT per year (items in four quadrants
 * with their evidence; the strategies they lead to, linked to objectives) and the stakeholder
 * register (type, power, interest and influence 1-5, expectations, value created, engagement, last
 * contact). SWOT items and stakeholders link to KPIs and surveys through `st_link`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const score = (name: string) => sql`${sql.raw(name)} smallint NOT NULL CHECK (${sql.raw(name)} BETWEEN 1 AND 5)`;
  const statements = [
    sql`ALTER TABLE perf_strategy ADD COLUMN "values" text NOT NULL DEFAULT ''`,
    sql`CREATE TABLE perf_strategy_history (
      ${id}, ${org}, field text NOT NULL CHECK (field IN ('mission', 'vision', 'values')),
      before text NOT NULL, after text NOT NULL,
      changed_by uuid REFERENCES app_user (id) ON DELETE SET NULL, changed_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX perf_strategy_history_org_idx ON perf_strategy_history (org_id, changed_at DESC)`,
    sql`ALTER TABLE perf_objective ADD COLUMN owner_id uuid REFERENCES app_user (id) ON DELETE SET NULL`,
    sql`ALTER TABLE perf_objective ADD COLUMN due_date date`,
    sql`ALTER TABLE perf_objective ADD COLUMN resources text NOT NULL DEFAULT ''`,
    sql`CREATE TABLE perf_objective_action (
      ${org}, objective_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE,
      action_id uuid NOT NULL REFERENCES perf_action (id) ON DELETE CASCADE, PRIMARY KEY (objective_id, action_id)
    )`,
    sql`CREATE TABLE st_swot (
      ${id}, ${org}, year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      note text NOT NULL DEFAULT '', UNIQUE (org_id, year)
    )`,
    sql`CREATE TABLE st_swot_item (
      ${id}, ${org}, swot_id uuid NOT NULL REFERENCES st_swot (id) ON DELETE CASCADE,
      quadrant text NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
      text text NOT NULL, evidence text NOT NULL DEFAULT '', position integer NOT NULL DEFAULT 0
    )`,
    sql`CREATE INDEX st_swot_item_swot_idx ON st_swot_item (swot_id)`,
    sql`CREATE TABLE st_swot_strategy (
      ${id}, ${org}, swot_id uuid NOT NULL REFERENCES st_swot (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('SO', 'WO', 'ST', 'WT')), text text NOT NULL
    )`,
    sql`CREATE INDEX st_swot_strategy_swot_idx ON st_swot_strategy (swot_id)`,
    sql`CREATE TABLE st_swot_strategy_objective (
      ${org}, strategy_id uuid NOT NULL REFERENCES st_swot_strategy (id) ON DELETE CASCADE,
      objective_id uuid NOT NULL REFERENCES perf_objective (id) ON DELETE CASCADE, PRIMARY KEY (strategy_id, objective_id)
    )`,
    sql`CREATE TABLE st_stakeholder (
      ${id}, ${org}, name text NOT NULL,
      type text NOT NULL CHECK (type IN ('clients', 'network', 'referrers', 'government', 'society', 'staff',
        'volunteers', 'umbrella', 'neighbourhood', 'partners')),
      ${score('power')}, ${score('interest')}, ${score('influence')},
      expectations text NOT NULL DEFAULT '', value_created text NOT NULL DEFAULT '',
      engagement text NOT NULL DEFAULT '', last_contact date,
      UNIQUE (org_id, name)
    )`,
    // What measures a SWOT item's evidence or what a stakeholder cares about: a KPI or a survey.
    sql`CREATE TABLE st_link (
      ${org},
      swot_item_id uuid REFERENCES st_swot_item (id) ON DELETE CASCADE,
      stakeholder_id uuid REFERENCES st_stakeholder (id) ON DELETE CASCADE,
      kpi_id uuid REFERENCES kpi (id) ON DELETE CASCADE,
      survey_id uuid REFERENCES survey (id) ON DELETE CASCADE,
      CHECK (num_nonnulls(swot_item_id, stakeholder_id) = 1 AND num_nonnulls(kpi_id, survey_id) = 1)
    )`,
    sql`CREATE INDEX st_link_item_idx ON st_link (swot_item_id)`,
    sql`CREATE INDEX st_link_stakeholder_idx ON st_link (stakeholder_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'st_link',
    'st_stakeholder',
    'st_swot_strategy_objective',
    'st_swot_strategy',
    'st_swot_item',
    'st_swot',
    'perf_objective_action',
    'perf_strategy_history',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  for (const column of ['owner_id', 'due_date', 'resources'])
    await sql`ALTER TABLE perf_objective DROP COLUMN IF EXISTS ${sql.ref(column)}`.execute(db);
  await sql`ALTER TABLE perf_strategy DROP COLUMN IF EXISTS "values"`.execute(db);
}
