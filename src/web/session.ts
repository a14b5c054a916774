/** The logged-in user's session and the membership of the organisation being viewed. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Session } from '../modules/auth/schema.ts';
import type { Action } from '../modules/orgs/policy.ts';
import { ApiError, SESSION_KEY, queryClient, call, client } from './api.ts';
import { applyUserLocale, chooseLocale, storedLocale, type Locale } from './i18n.ts';

export type Membership = Session['memberships'][number];

/** `GET /api/auth/me`; `null` when nobody is logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await call(client.GET('/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });

/** The current session; `data` is `null` when logged out and `undefined` while loading. */
export function useSession() {
  const query = useQuery(sessionQuery);
  const locale = query.data?.user.locale;
  useEffect(() => {
    if (locale) void applyUserLocale(locale);
  }, [locale]);
  return query;
}

/** Stores a fresh session (after login or setup). */
export function setSession(session: Session | null): void {
  queryClient.setQueryData(SESSION_KEY, session);
}

/** True when the membership grants `action`. */
export function allows(membership: Membership | undefined, action: Action): boolean {
  return membership?.permissions.includes(action) ?? false;
}

/** Where a user lands after login: the first organisation, or the start page without one. */
export function homePath(session: Session): string {
  const first = session.memberships[0];
  return first ? `/o/${first.orgId}` : '/';
}

/** Switches the interface language and, when logged in, saves it as the user's preference. */
export async function switchLocale(locale: Locale): Promise<void> {
  await chooseLocale(locale);
  const session = queryClient.getQueryData<Session | null>(SESSION_KEY);
  if (session && session.user.locale !== locale) {
    const updated = await call(client.PATCH('/auth/me', { body: { locale } }));
    setSession(updated);
  }
}

/**
 * After login: a language chosen on this device before logging in (e.g. on the login page) becomes
 * the user's preference. Best effort; the interface already shows that language.
 */
export async function saveStoredLocale(session: Session): Promise<void> {
  const chosen = storedLocale();
  if (chosen && chosen !== session.user.locale) {
    try {
      setSession(await call(client.PATCH('/auth/me', { body: { locale: chosen } })));
    } catch {
      // Not worth an error message: the preference is saved the next time the user switches.
    }
  }
}

/** Logs out on the server and forgets every cached answer. */
export async function logout(): Promise<void> {
  try {
    await call(client.POST('/auth/logout'));
  } finally {
    queryClient.clear();
    setSession(null);
  }
}
