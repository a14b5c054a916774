import { type Kysely, sql } from 'kysely';

/** Finance: chart of accounts, ledger imports and lines, remembered mappings, cost models, scenarios. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE fin_account (
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      code text NOT NULL,
      name text NOT NULL,
      income_type text,
      PRIMARY KEY (org_id, code)
    )`,
    sql`CREATE TABLE fin_ledger_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      year integer NOT NULL,
      version integer NOT NULL,
      is_current boolean NOT NULL,
      file_name text NOT NULL,
      line_count integer NOT NULL,
      debit_cents bigint NOT NULL,
      credit_cents bigint NOT NULL,
      imported_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, year, version)
    )`,
    sql`CREATE UNIQUE INDEX fin_ledger_import_current ON fin_ledger_import (org_id, year) WHERE is_current`,
    // org_id has no foreign key of its own: a line belongs to its import, which belongs to the
    // organisation (and cascades). A second per-row check cost a third of a 200,000-line import.
    sql`CREATE TABLE fin_ledger_line (
      import_id uuid NOT NULL REFERENCES fin_ledger_import (id) ON DELETE CASCADE,
      org_id uuid NOT NULL,
      line_no integer NOT NULL,
      account text NOT NULL,
      description text NOT NULL DEFAULT '',
      amount_cents bigint NOT NULL,
      cost_centre text,
      entry_date date,
      journal text,
      PRIMARY KEY (import_id, line_no)
    )`,
    sql`CREATE INDEX fin_ledger_line_org_idx ON fin_ledger_line (org_id)`,
    sql`CREATE TABLE fin_mapping (
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('header', 'account')),
      source text NOT NULL,
      target text NOT NULL,
      PRIMARY KEY (org_id, kind, source)
    )`,
    sql`CREATE TABLE fin_cost_model (
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      year integer NOT NULL,
      doc jsonb NOT NULL,
      updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, year)
    )`,
    sql`CREATE TABLE fin_scenario (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      year integer NOT NULL,
      name text NOT NULL,
      doc jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX fin_scenario_org_idx ON fin_scenario (org_id, year)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'fin_scenario',
    'fin_cost_model',
    'fin_mapping',
    'fin_ledger_line',
    'fin_ledger_import',
    'fin_account',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
