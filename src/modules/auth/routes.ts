import type { Context } from 'hono';
import { sql } from 'kysely';
import { clearSessionCookie, setSessionCookie } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { type AppEnv, noContent, type SessionUser } from '../../server/http.ts';
import { type PublicTools, publicRoute, routes, userRoute } from '../../server/route.ts';
import { findUserByEmail } from '../orgs/public.ts';
import { createSession, deleteSession, deleteUserSessions, loadSession } from './queries.ts';
import type { LoginLimiter } from './rate-limit.ts';
import { loginInput, passwordChangeInput, profilePatch, resetInput, session } from './schema.ts';
import { presentSession } from './session.ts';
import { hashPassword, verifyPassword } from '../../server/secrets.ts';
import { assertStrongPassword } from '../../server/password-policy.ts';
import { findOpenToken, spendOneTimeToken, spendResetLinksOf } from '../../server/one-time-links.ts';

// Verifying against a real hash when the email is unknown keeps the answer time the same.
const UNKNOWN_USER_HASH = hashPassword('no such user, no such password');

/** Logs the user in: a new session, its cookie, and an audit entry in each of the user's organisations. */
export async function startSession(c: Context<AppEnv>, audit: PublicTools['audit'], userId: string) {
  const token = await createSession(c.var.db, userId);
  await c.var.db.updateTable('app_user').set({ last_login_at: sql<Date>`now()` }).where('id', '=', userId).execute();
  const user = (await loadSession(c.var.db, token))!;
  c.set('user', user);
  setSessionCookie(c, token);
  await eachOrg(user, audit, 'auth.login');
  return presentSession(user);
}

function eachOrg(
  user: SessionUser,
  audit: PublicTools['audit'],
  action: string,
  details: Record<string, unknown> = {},
) {
  return Promise.all(
    [...user.memberships.keys()].map((orgId) => audit({ orgId, action, entity: 'user', entityId: user.id, details })),
  );
}

function tooMany(blocked: 'account' | 'ip', ms: number) {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const who =
    blocked === 'account'
      ? { nl: 'voor dit account vanaf dit adres', en: 'for this account from this address' }
      : { nl: 'vanaf dit adres', en: 'from this address' };
  return new AppError(
    'rate_limited',
    {
      nl: `Te veel mislukte aanmeldpogingen ${who.nl}. Probeer opnieuw over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}.`,
      en: `Too many failed login attempts ${who.en}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { headers: { 'Retry-After': String(Math.ceil(ms / 1000)) } },
  );
}

const INVALID_LINK = new AppError(
  'validation',
  { nl: 'Deze link is ongeldig, al gebruikt of verlopen.', en: 'This link is invalid, already used or expired.' },
  {
    fields: [{ path: 'token', message: { nl: 'ongeldig of verlopen', en: 'invalid or expired' } }],
  },
);

/** Login, logout, own profile and password, and the one-time password link. */
export function authRoutes(limiter: LoginLimiter) {
  return routes(
    publicRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      summary: 'Log in with email and password',
      body: loginInput,
      response: session,
      handler: async (c, { db, body: { email, password }, audit }) => {
        const account = email.toLowerCase();
        const blocked = limiter.blockedBy(c.var.ip, account);
        if (blocked) throw tooMany(blocked, limiter.retryAfter(c.var.ip, account));
        await limiter.slowDown(account);
        const user = await findUserByEmail(db, account);
        const ok = user
          ? await verifyPassword(user.password_hash, password)
          : !(await verifyPassword(await UNKNOWN_USER_HASH, password));
        if (!user || !ok) {
          limiter.fail(c.var.ip, account);
          if (user) {
            const orgs = await db.selectFrom('membership').select('org_id').where('user_id', '=', user.id).execute();
            await Promise.all(
              orgs.map((o) =>
                audit({
                  orgId: o.org_id,
                  action: 'auth.login_failed',
                  entity: 'user',
                  entityId: user.id,
                  details: { email: user.email },
                }),
              ),
            );
          }
          throw new AppError('invalid_credentials');
        }
        limiter.succeed(c.var.ip, account);
        return c.json(await startSession(c, audit, user.id), 200);
      },
    }),
    userRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['auth'],
      summary: 'The logged-in user and their organisations',
      response: session,
      handler: (c, { user }) => c.json(presentSession(user), 200),
    }),
    userRoute({
      method: 'patch',
      path: '/auth/me',
      tags: ['auth'],
      summary: 'Change own name or language',
      body: profilePatch,
      response: session,
      handler: async (c, { user, db, body: patch }) => {
        await db
          .updateTable('app_user')
          .set({ name: patch.name, locale: patch.locale })
          .where('id', '=', user.id)
          .execute();
        return c.json(
          presentSession({ ...user, name: patch.name ?? user.name, locale: patch.locale ?? user.locale }),
          200,
        );
      },
    }),
    userRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['auth'],
      summary: 'End the session',
      response: noContent,
      handler: async (c, { user, db, audit }) => {
        await deleteSession(db, user.sessionId);
        await eachOrg(user, audit, 'auth.logout');
        clearSessionCookie(c);
        return c.body(null, 204);
      },
    }),
    userRoute({
      method: 'post',
      path: '/auth/password',
      tags: ['auth'],
      summary: 'Change own password (other sessions end)',
      body: passwordChangeInput,
      response: noContent,
      handler: async (c, { user, db, body: { currentPassword, newPassword }, audit }) => {
        const row = await db
          .selectFrom('app_user')
          .select('password_hash')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        if (!(await verifyPassword(row.password_hash, currentPassword))) {
          limiter.fail(c.var.ip, user.email);
          throw new AppError(
            'validation',
            { nl: 'Het huidige wachtwoord is onjuist.', en: 'The current password is incorrect.' },
            {
              fields: [{ path: 'currentPassword', message: { nl: 'onjuist', en: 'incorrect' } }],
            },
          );
        }
        await assertStrongPassword(newPassword, user, 'newPassword');
        await db
          .updateTable('app_user')
          .set({ password_hash: await hashPassword(newPassword) })
          .where('id', '=', user.id)
          .execute();
        await spendResetLinksOf(db, user.id);
        await deleteUserSessions(db, user.id, user.sessionId);
        await eachOrg(user, audit, 'auth.password_changed');
        return c.body(null, 204);
      },
    }),
    publicRoute({
      method: 'post',
      path: '/auth/reset',
      tags: ['auth'],
      summary: 'Choose a new password with a one-time link',
      body: resetInput,
      response: noContent,
      handler: async (c, { db, body: { token, password }, audit }) => {
        // Checked before the link is spent, so a refused password does not cost the person their link.
        const open = await findOpenToken(db, token, 'reset');
        const person = open?.user_id
          ? await db.selectFrom('app_user').select(['email', 'name']).where('id', '=', open.user_id).executeTakeFirst()
          : undefined;
        if (!person) throw INVALID_LINK;
        await assertStrongPassword(password, person, 'password');
        const passwordHash = await hashPassword(password);
        const spent = await db.transaction().execute(async (tx) => {
          const row = await spendOneTimeToken(tx, token, 'reset');
          if (!row?.user_id) return undefined;
          await spendResetLinksOf(tx, row.user_id);
          await tx.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', row.user_id).execute();
          return { user_id: row.user_id, org_id: row.org_id };
        });
        if (!spent) throw INVALID_LINK;
        await deleteUserSessions(db, spent.user_id);
        if (spent.org_id) {
          await audit({
            orgId: spent.org_id,
            action: 'auth.password_reset',
            entity: 'user',
            entityId: spent.user_id,
          });
        }
        return c.body(null, 204);
      },
    }),
  );
}
