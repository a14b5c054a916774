import { type Kysely, sql } from 'kysely';

/**
 * Performance: the KPI catalogue of an organisation, values per period (entered, imported or
 * computed from the other modules) and targets with a red threshold, valid over a period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE kpi (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      code text NOT NULL, name_nl text NOT NULL, name_en text NOT NULL DEFAULT '',
      definition_nl text NOT NULL DEFAULT '', definition_en text NOT NULL DEFAULT '',
      unit text NOT NULL CHECK (unit IN ('percent', 'euro', 'count', 'days', 'ratio', 'score', 'hours', 'points', 'fte')),
      decimals smallint NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 4),
      direction text NOT NULL CHECK (direction IN ('up', 'down')),
      frequency text NOT NULL CHECK (frequency IN ('month', 'quarter', 'year')),
      owner_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      source text NOT NULL CHECK (source IN ('manual', 'import', 'computed')),
      formula text,
      perspective text NOT NULL CHECK (perspective IN ('mission', 'financial', 'clients', 'processes', 'learning')),
      caf_criterion smallint CHECK (caf_criterion BETWEEN 1 AND 9),
      mape text CHECK (mape IN ('means', 'activities', 'output', 'outcome')),
      value_min numeric(18,4), value_max numeric(18,4),
      archived boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, code)
    )`,
    sql`CREATE TABLE kpi_value (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      kpi_id uuid NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
      period text NOT NULL, value numeric(18,4) NOT NULL,
      source text NOT NULL CHECK (source IN ('manual', 'import', 'computed')),
      computation jsonb, note text NOT NULL DEFAULT '',
      entered_by uuid REFERENCES app_user (id) ON DELETE SET NULL, updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (kpi_id, period)
    )`,
    sql`CREATE INDEX kpi_value_org_idx ON kpi_value (org_id, kpi_id, period)`,
    sql`CREATE TABLE kpi_target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      kpi_id uuid NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
      valid_from date NOT NULL, valid_to date,
      target numeric(18,4) NOT NULL, red_threshold numeric(18,4) NOT NULL
    )`,
    sql`CREATE INDEX kpi_target_kpi_idx ON kpi_target (kpi_id, valid_from)`,
    sql`CREATE INDEX kpi_target_org_idx ON kpi_target (org_id, kpi_id)`,
    // The fingerprint of the source data the computed values were last computed from.
    sql`CREATE TABLE kpi_compute_state (
      org_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
      fingerprint text NOT NULL, computed_at timestamptz NOT NULL DEFAULT now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['kpi_compute_state', 'kpi_target', 'kpi_value', 'kpi'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
