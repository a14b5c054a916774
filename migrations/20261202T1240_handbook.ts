import { type Kysely, sql } from 'kysely';

/**
 * The quality handbook (issue 16 §1): processes, and under them procedures, instructions and forms, each
 * with an owner, a review date and every version it had (a TipTap JSON document, its status, who approved
 * it and when); links to KPIs, improvement actions, CAF subcriteria and risks; a short risk list; reading
 * asked of a role and confirmed per person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const document = sql`document_id uuid NOT NULL REFERENCES hb_document (id) ON DELETE CASCADE`;
  const version = sql`version_id uuid NOT NULL REFERENCES hb_version (id) ON DELETE CASCADE`;
  const user = (name: string) => sql`${sql.raw(name)} uuid REFERENCES app_user (id) ON DELETE SET NULL`;
  const statements = [
    sql`CREATE TABLE hb_process (
      ${id}, ${org}, name text NOT NULL, description text NOT NULL DEFAULT '',
      position integer NOT NULL DEFAULT 0, UNIQUE (org_id, name)
    )`,
    sql`CREATE TABLE hb_document (
      ${id}, ${org}, process_id uuid NOT NULL REFERENCES hb_process (id) ON DELETE RESTRICT,
      kind text NOT NULL CHECK (kind IN ('procedure', 'instruction', 'form')),
      title text NOT NULL, ${user('owner_id')}, review_on date,
      as_is text NOT NULL DEFAULT '', to_be text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, title)
    )`,
    sql`CREATE TABLE hb_version (
      ${id}, ${org}, ${document}, number integer NOT NULL CHECK (number > 0),
      content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
      plain text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved', 'withdrawn')),
      change_note text NOT NULL DEFAULT '',
      ${user('created_by')}, created_at timestamptz NOT NULL DEFAULT now(),
      ${user('approved_by')}, approved_by_name text, approved_on date,
      UNIQUE (document_id, number)
    )`,
    sql`CREATE TABLE hb_risk (
      ${id}, ${org}, title text NOT NULL, description text NOT NULL DEFAULT '',
      level text NOT NULL DEFAULT 'medium' CHECK (level IN ('low', 'medium', 'high')),
      UNIQUE (org_id, title)
    )`,
    sql`CREATE TABLE hb_link (
      ${id}, ${org}, ${document},
      kpi_id uuid REFERENCES kpi (id) ON DELETE CASCADE,
      action_id uuid REFERENCES perf_action (id) ON DELETE CASCADE,
      risk_id uuid REFERENCES hb_risk (id) ON DELETE CASCADE,
      caf_code text,
      CHECK (num_nonnulls(kpi_id, action_id, risk_id, caf_code) = 1)
    )`,
    sql`CREATE TABLE hb_read_request (
      ${id}, ${org}, ${version},
      role text NOT NULL, ${user('requested_by')}, requested_on date NOT NULL,
      UNIQUE (version_id, role)
    )`,
    sql`CREATE TABLE hb_read (
      ${org}, ${version}, user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      read_on date NOT NULL, PRIMARY KEY (version_id, user_id)
    )`,
    sql`CREATE INDEX hb_document_org_idx ON hb_document (org_id, process_id)`,
    sql`CREATE INDEX hb_version_org_idx ON hb_version (org_id, document_id, number DESC)`,
    sql`CREATE INDEX hb_link_org_idx ON hb_link (org_id, document_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['hb_read', 'hb_read_request', 'hb_link', 'hb_risk', 'hb_version', 'hb_document', 'hb_process'];
  for (const table of tables) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
