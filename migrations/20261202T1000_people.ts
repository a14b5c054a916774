import { type Kysely, sql } from 'kysely';

/**
 * People (module 4, first half): employees with the minimum of personal data, their contracts over
 * time, monthly payroll figures, absence, training, agency and placed staff, and volunteers.
 * Entries and exits are not stored apart: an employment spell is a run of contracts that follow each
 * other without a gap, its start is an entry and its end (with `exit_reason`) an exit.
 * Money is in euro cents; hours are numeric.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const employee = sql`employee_id uuid NOT NULL REFERENCES ppl_employee (id) ON DELETE CASCADE`;
  const statements = [
    sql`CREATE TABLE ppl_employee (
      ${id}, ${org},
      external_ref text, first_name text NOT NULL, last_name text NOT NULL,
      sex text NOT NULL CHECK (sex IN ('male', 'female')),
      birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
      education text CHECK (education IN ('primary', 'secondary', 'higher_non_university', 'university')),
      user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, external_ref)
    )`,
    sql`CREATE TABLE ppl_contract (
      ${id}, ${org}, ${employee},
      starts_on date NOT NULL, ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
      contract_type text NOT NULL CHECK (contract_type IN ('indefinite', 'fixed_term', 'defined_work', 'replacement')),
      weekly_hours numeric(5,2) NOT NULL CHECK (weekly_hours > 0),
      full_time_hours numeric(5,2) NOT NULL DEFAULT 38 CHECK (full_time_hours > 0 AND weekly_hours <= full_time_hours),
      category text NOT NULL CHECK (category IN ('worker', 'employee', 'management', 'other')),
      joint_committee text NOT NULL DEFAULT '', function_title text NOT NULL DEFAULT '',
      monthly_cost_cents bigint NOT NULL DEFAULT 0 CHECK (monthly_cost_cents >= 0),
      exit_reason text CHECK (exit_reason IN ('pension', 'swt', 'dismissal', 'other')),
      CHECK (exit_reason IS NULL OR ends_on IS NOT NULL)
    )`,
    sql`CREATE TABLE ppl_payroll_month (
      ${org}, ${employee}, month date NOT NULL CHECK (extract(day FROM month) = 1),
      hours_worked numeric(7,2) NOT NULL CHECK (hours_worked >= 0),
      cost_cents bigint NOT NULL CHECK (cost_cents >= 0),
      benefits_cents bigint NOT NULL DEFAULT 0 CHECK (benefits_cents >= 0),
      PRIMARY KEY (employee_id, month)
    )`,
    sql`CREATE TABLE ppl_absence (
      ${id}, ${org}, ${employee},
      kind text NOT NULL CHECK (kind IN ('sickness', 'work_accident', 'maternity_parental', 'other')),
      starts_on date NOT NULL, ends_on date NOT NULL CHECK (ends_on >= starts_on),
      hours numeric(7,2) NOT NULL CHECK (hours >= 0), note text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE ppl_training (
      ${id}, ${org}, ${employee},
      kind text NOT NULL CHECK (kind IN ('formal', 'informal', 'initial')),
      title text NOT NULL, held_on date NOT NULL, hours numeric(6,2) NOT NULL CHECK (hours > 0),
      gross_cost_cents bigint NOT NULL DEFAULT 0 CHECK (gross_cost_cents >= 0),
      subsidy_cents bigint NOT NULL DEFAULT 0 CHECK (subsidy_cents >= 0),
      fund_contribution_cents bigint NOT NULL DEFAULT 0 CHECK (fund_contribution_cents >= 0)
    )`,
    sql`CREATE TABLE ppl_external (
      ${id}, ${org},
      kind text NOT NULL CHECK (kind IN ('agency', 'placed')), description text NOT NULL,
      starts_on date NOT NULL, ends_on date NOT NULL CHECK (ends_on >= starts_on),
      fte numeric(4,2) NOT NULL DEFAULT 1 CHECK (fte > 0), hours numeric(8,2) NOT NULL CHECK (hours >= 0),
      cost_cents bigint NOT NULL CHECK (cost_cents >= 0)
    )`,
    sql`CREATE TABLE ppl_volunteer (
      ${id}, ${org}, name text NOT NULL, tasks text NOT NULL DEFAULT '',
      starts_on date NOT NULL, ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
      insured boolean NOT NULL DEFAULT false, insurance_ref text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE ppl_volunteer_activity (
      ${id}, ${org}, volunteer_id uuid NOT NULL REFERENCES ppl_volunteer (id) ON DELETE CASCADE,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      hours numeric(6,2) NOT NULL CHECK (hours >= 0),
      expenses_cents bigint NOT NULL DEFAULT 0 CHECK (expenses_cents >= 0),
      UNIQUE (volunteer_id, month)
    )`,
    sql`CREATE INDEX ppl_employee_org_idx ON ppl_employee (org_id, last_name)`,
    sql`CREATE INDEX ppl_contract_org_idx ON ppl_contract (org_id, employee_id, starts_on)`,
    sql`CREATE INDEX ppl_payroll_org_idx ON ppl_payroll_month (org_id, month)`,
    sql`CREATE INDEX ppl_absence_org_idx ON ppl_absence (org_id, employee_id, starts_on)`,
    sql`CREATE INDEX ppl_training_org_idx ON ppl_training (org_id, held_on)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'ppl_volunteer_activity',
    'ppl_volunteer',
    'ppl_external',
    'ppl_training',
    'ppl_absence',
    'ppl_payroll_month',
    'ppl_contract',
    'ppl_employee',
  ];
  for (const table of tables) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
