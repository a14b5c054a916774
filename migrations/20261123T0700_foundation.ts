import { type Kysely, sql } from 'kysely';

/** Organisations, users, memberships, sessions, one-time tokens and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kbo char(10) UNIQUE,
      type text NOT NULL,
      fiscal_year_start_month smallint NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
      language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      password_hash text,
      locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`,
    sql`CREATE TABLE membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      role text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, user_id)
    )`,
    sql`CREATE INDEX membership_user_idx ON membership (user_id)`,
    sql`CREATE TABLE session (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`,
    sql`CREATE INDEX session_user_idx ON session (user_id)`,
    sql`CREATE TABLE one_time_token (
      id text PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('reset', 'setup')),
      user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
      org_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      org_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
      actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      actor_email text,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      ip text,
      at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX audit_log_org_idx ON audit_log (org_id, id DESC)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'one_time_token', 'session', 'membership', 'app_user', 'organisation']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
