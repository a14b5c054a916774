import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { recordAudit, type AuditEvent } from '../modules/audit/queries.ts';
import { loadSession, SESSION_DAYS } from '../modules/auth/queries.ts';
import { can, type Action } from '../modules/orgs/policy.ts';
import { AppError } from './errors.ts';
import type { AppEnv } from './http.ts';

export const SESSION_COOKIE = 'sb_session';

/** Reads the session cookie, when there is one, into `c.var.user`. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  c.set('user', token ? await loadSession(c.var.db, token) : undefined);
  await next();
};

/** Refuses the request with 401 unless someone is logged in. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw new AppError('unauthenticated');
  await next();
});

/**
 * Guards an organisation route: 401 without a session, 404 when the caller is not a member of
 * `:orgId` (the organisation's existence is not revealed), 403 when the role has none of `actions`.
 */
export function requireAction(...actions: [Action, ...Action[]]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user;
    if (!user) throw new AppError('unauthenticated');
    const membership = user.memberships.get(c.req.param('orgId') ?? '');
    if (!membership) throw AppError.notFound();
    if (!actions.some((action) => can(membership.role, action))) throw new AppError('forbidden');
    c.set('role', membership.role);
    await next();
  });
}

/** The logged-in user of a route guarded by `requireUser` or `requireAction`. */
export function currentUser(c: Context<AppEnv>) {
  const user = c.var.user;
  if (!user) throw new AppError('unauthenticated');
  return user;
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.config.secureCookies,
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Writes an audit entry for the current request: the actor and IP come from the context. */
export function auditFor(c: Context<AppEnv>) {
  return (event: Omit<AuditEvent, 'actor' | 'ip'>) =>
    recordAudit(c.var.db, {
      ...event,
      actor: c.var.user ? { id: c.var.user.id, email: c.var.user.email } : null,
      ip: c.var.ip,
    });
}
