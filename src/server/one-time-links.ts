/**
 * One-time links (password reset, first set-up): created by the set-up at start, by an
 * administrator for a member (orgs) and spent by the auth routes. Only the token's hash is stored.
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from './db.ts';
import { newToken, tokenId } from './secrets.ts';

/** Creates a one-time link token for a password reset or the first set-up; returns the raw token. */
export async function createOneTimeToken(
  db: Db,
  t: { purpose: 'reset' | 'setup'; userId?: string; orgId?: string; createdBy?: string; hours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + t.hours * 3_600_000);
  await db
    .insertInto('one_time_token')
    .values({
      id: tokenId(token),
      purpose: t.purpose,
      user_id: t.userId ?? null,
      org_id: t.orgId ?? null,
      created_by: t.createdBy ?? null,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** Spends a one-time token: answers its row once, then never again (also not when expired). */
export async function spendOneTimeToken(db: DbOrTx, token: string, purpose: 'reset' | 'setup') {
  return db
    .updateTable('one_time_token')
    .set({ used_at: sql<Date>`now()` })
    .where('id', '=', tokenId(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id', 'org_id'])
    .executeTakeFirst();
}

/** The still-open one-time token behind `token` (unused, unexpired), without spending it. */
export async function findOpenToken(db: DbOrTx, token: string, purpose: 'reset' | 'setup') {
  return db
    .selectFrom('one_time_token')
    .select(['user_id', 'org_id'])
    .where('id', '=', tokenId(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

/** Spends every open password link of a person: once a password is chosen, older links are worthless. */
export async function spendResetLinksOf(db: DbOrTx, userId: string): Promise<void> {
  await db
    .updateTable('one_time_token')
    .set({ used_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'reset')
    .where('used_at', 'is', null)
    .execute();
}
