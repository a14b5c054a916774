import { type Kysely, sql } from 'kysely';

/**
 * Privacy hardening.
 * - Read audit entries are aggregated: one row per organisation, person, action, record and hour,
 *   with a `count` and the moment of the last read (`last_at`); `read_key` identifies the bucket.
 * - Client list searches no longer keep their free-text term: existing ones are removed.
 * - `cl_group_member`: the members who work in a group (a begeleider sees the clients of their groups).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE audit_log ADD COLUMN count integer NOT NULL DEFAULT 1, ADD COLUMN last_at timestamptz, ADD COLUMN read_key text`,
    sql`CREATE UNIQUE INDEX audit_log_read_key_idx ON audit_log (org_id, read_key)`,
    sql`CREATE INDEX audit_log_at_idx ON audit_log (at)`,
    sql`UPDATE audit_log SET details = details - 'search' WHERE action = 'client.listed'`,
    sql`CREATE TABLE cl_group_member (
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      group_id uuid NOT NULL REFERENCES cl_group (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, user_id)
    )`,
    sql`CREATE INDEX cl_group_member_user_idx ON cl_group_member (org_id, user_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS cl_group_member`.execute(db);
  await sql`DROP INDEX IF EXISTS audit_log_at_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS audit_log_read_key_idx`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN read_key, DROP COLUMN last_at, DROP COLUMN count`.execute(db);
}
