import { type Kysely, sql } from 'kysely';

/**
 * Job-carving (issue 14 §4): roles (functions) with their task inventory, proposals that bundle
 * certificate-free tasks of several roles into a new function, candidates of the organisation's own
 * for matching, and the vacancies a proposal became. A proposal is realised (`realised_on`) when it
 * becomes a vacancy or a cooperation agreement; its hours freed for care then count in the KPI. Task and competence ids inside a proposal or a
 * task are JSON arrays (the transfer rewrites ids inside JSON too).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const level = sql`text NOT NULL DEFAULT 'none' CHECK (language_level IN ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'))`;
  const idList = (column: string) =>
    sql`${sql.raw(column)} jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(${sql.raw(column)}) = 'array')`;
  const statements = [
    sql`CREATE TABLE jc_role (
      ${id}, ${org}, name text NOT NULL, certified boolean NOT NULL DEFAULT false,
      cost_per_fte_cents bigint CHECK (cost_per_fte_cents >= 0),
      UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE jc_task (
      ${id}, ${org}, role_id uuid NOT NULL REFERENCES jc_role (id) ON DELETE CASCADE,
      name text NOT NULL,
      hours_per_week numeric(6, 2) NOT NULL CHECK (hours_per_week >= 0 AND hours_per_week <= 168),
      needs_certificate boolean NOT NULL DEFAULT false,
      client_contact boolean NOT NULL DEFAULT false,
      time_of_day text NOT NULL DEFAULT 'flexible'
        CHECK (time_of_day IN ('morning', 'midday', 'afternoon', 'evening', 'night', 'flexible')),
      ${idList('competence_ids')},
      language_level ${level},
      position integer NOT NULL DEFAULT 0
    )`,
    sql`CREATE TABLE jc_proposal (
      ${id}, ${org}, name text NOT NULL, function_name text NOT NULL,
      target_hours numeric(6, 2) NOT NULL CHECK (target_hours >= 0 AND target_hours <= 168),
      cost_basis text NOT NULL DEFAULT 'contract' CHECK (cost_basis IN ('contract', 'agreement')),
      cost_per_fte_cents bigint CHECK (cost_per_fte_cents >= 0),
      price_per_hour_cents bigint CHECK (price_per_hour_cents >= 0),
      ${idList('task_ids')},
      ${idList('talents')},
      agreement_id uuid,
      realised_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE jc_candidate (
      ${id}, ${org}, name text NOT NULL, ${idList('competence_ids')}, ${idList('talents')},
      language_level ${level},
      hours_available numeric(6, 2) NOT NULL DEFAULT 0 CHECK (hours_available >= 0 AND hours_available <= 168),
      note text NOT NULL DEFAULT ''
    )`,
    sql`CREATE TABLE jc_vacancy (
      ${id}, ${org}, proposal_id uuid REFERENCES jc_proposal (id) ON DELETE SET NULL,
      title text NOT NULL, hours_per_week numeric(6, 2) NOT NULL, opened_on date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed'))
    )`,
    sql`CREATE INDEX jc_task_org_idx ON jc_task (org_id, role_id)`,
    sql`CREATE INDEX jc_candidate_org_idx ON jc_candidate (org_id)`,
    sql`CREATE INDEX jc_vacancy_org_idx ON jc_vacancy (org_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['jc_vacancy', 'jc_candidate', 'jc_proposal', 'jc_task', 'jc_role']) {
    await sql`DROP TABLE IF EXISTS ${sql.raw(table)}`.execute(db);
  }
}
