import { type Kysely, sql } from 'kysely';

/**
 * Invitations: a person who already has an account is not made a member by an administrator, but
 * invited; they become a member only when they accept after logging in. The row keeps only what the
 * administrator typed (the e-mail address and the role), nothing of the person's account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE invitation (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email text NOT NULL,
    role text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX invitation_org_email_key ON invitation (org_id, lower(email))`.execute(db);
  await sql`CREATE INDEX invitation_email_idx ON invitation (lower(email))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS invitation`.execute(db);
}
