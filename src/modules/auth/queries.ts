import { sql } from 'kysely';
import { sessionCacheOf, type Db } from '../../server/db.ts';
import type { Lang } from '../../server/errors.ts';
import type { SessionUser } from '../../server/http.ts';
import type { Role } from '../orgs/public.ts';
import { newToken, tokenId } from '../../server/secrets.ts';

export const SESSION_DAYS = 14;

/** Starts a session for `userId`; returns the cookie token (only its hash is stored). */
export async function createSession(db: Db, userId: string): Promise<string> {
  const token = newToken();
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('session')
    .values({ id: tokenId(token), user_id: userId, expires_at: expires })
    .execute();
  return token;
}

/** The person behind a session cookie with their memberships, or undefined for an unknown or expired one. */
export async function loadSession(db: Db, token: string): Promise<SessionUser | undefined> {
  // The cache is keyed by the cookie token itself (process memory only), so a hit costs no hash.
  const cache = sessionCacheOf(db);
  const cached = cache.get(token);
  if (cached) return cached;
  const id = tokenId(token);
  const rows = await db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('membership as m', 'm.user_id', 'u.id')
    .leftJoin('organisation as o', 'o.id', 'm.org_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'm.org_id', 'm.role', 'o.name as org_name', 's.expires_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .orderBy('o.name')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const memberships = new Map<string, { role: Role; orgName: string }>();
  for (const r of rows) if (r.org_id) memberships.set(r.org_id, { role: r.role as Role, orgName: r.org_name ?? '' });
  const user = {
    sessionId: id,
    id: first.id,
    email: first.email,
    name: first.name,
    locale: first.locale as Lang,
    memberships,
  };
  cache.set(token, user, first.expires_at);
  return user;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except `keep` (the one changing its own password). */
export async function deleteUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (keep) q = q.where('id', '!=', keep);
  await q.execute();
}
