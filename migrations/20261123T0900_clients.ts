import { type Kysely, sql } from 'kysely';

/**
 * Clients and person-following budgets: rule tables (per organisation, with validity), the offer,
 * clients with funding and agreements, registrations, issued statements and the waiting list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE cl_rule (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      rule_table text NOT NULL, valid_from date NOT NULL, valid_to date,
      data jsonb NOT NULL, example boolean NOT NULL DEFAULT false, source text
    )`,
    sql`CREATE INDEX cl_rule_org_idx ON cl_rule (org_id, rule_table)`,
    sql`CREATE TABLE cl_group (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org}, name text NOT NULL, location text NOT NULL DEFAULT '')`,
    sql`CREATE TABLE cl_function (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      code text NOT NULL, name text NOT NULL, unit text NOT NULL, kind text NOT NULL CHECK (kind IN ('pvf', 'rth')),
      rth_unit_type text, UNIQUE (org_id, code)
    )`,
    sql`CREATE TABLE cl_function_price (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      function_id uuid NOT NULL REFERENCES cl_function (id) ON DELETE CASCADE,
      valid_from date NOT NULL, valid_to date, points_e4 bigint NOT NULL CHECK (points_e4 >= 0)
    )`,
    sql`CREATE TABLE cl_client (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      name text NOT NULL, birth_year smallint, contact_person text NOT NULL DEFAULT '',
      b_value smallint CHECK (b_value BETWEEN 0 AND 8), p_value smallint CHECK (p_value BETWEEN 0 AND 7),
      group_id uuid REFERENCES cl_group (id) ON DELETE SET NULL,
      professional_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      started_on date, ended_on date, created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX cl_client_org_idx ON cl_client (org_id)`,
    sql`CREATE TABLE cl_funding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      client_id uuid NOT NULL REFERENCES cl_client (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('pvb', 'rth', 'zorgbudget', 'other')),
      category smallint CHECK (category BETWEEN 1 AND 24),
      form text CHECK (form IN ('voucher', 'cash', 'combination')),
      voucher_points_e4 bigint, made_available_on date, start_date date, end_date date,
      volunteers boolean NOT NULL DEFAULT false, note text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE cl_agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      client_id uuid NOT NULL REFERENCES cl_client (id) ON DELETE CASCADE,
      function_code text NOT NULL, count numeric(10,2) NOT NULL, per text NOT NULL CHECK (per IN ('week', 'month', 'year')),
      price_points_e4 bigint NOT NULL, start_date date NOT NULL, end_date date,
      living_costs_cents bigint, living_costs_per text CHECK (living_costs_per IN ('day', 'month')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE cl_registration (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      client_id uuid NOT NULL REFERENCES cl_client (id) ON DELETE CASCADE,
      function_code text NOT NULL, date date NOT NULL, units numeric(8,2) NOT NULL CHECK (units > 0),
      points_e4 bigint NOT NULL, funding_type text NOT NULL,
      registered_by uuid REFERENCES app_user (id) ON DELETE SET NULL, reason text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, client_id, function_code, date)
    )`,
    sql`CREATE INDEX cl_registration_date_idx ON cl_registration (org_id, date)`,
    sql`CREATE TABLE cl_statement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      month text NOT NULL, issued_at timestamptz NOT NULL DEFAULT now(),
      issued_by uuid REFERENCES app_user (id) ON DELETE SET NULL, doc jsonb NOT NULL, UNIQUE (org_id, month)
    )`,
    sql`CREATE TABLE cl_waiting_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), ${org},
      reference text NOT NULL, priority_group smallint NOT NULL CHECK (priority_group BETWEEN 1 AND 3),
      requested_on date NOT NULL, decided_on date, needs jsonb NOT NULL, intensity text NOT NULL DEFAULT '',
      status text NOT NULL CHECK (status IN ('waiting', 'offered', 'started', 'withdrawn')),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'cl_waiting_request',
    'cl_statement',
    'cl_registration',
    'cl_agreement',
    'cl_funding',
    'cl_client',
    'cl_function_price',
    'cl_function',
    'cl_group',
    'cl_rule',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
