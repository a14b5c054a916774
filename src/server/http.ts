import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Role } from '../modules/orgs/policy.ts';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import { validationError, type Lang } from './errors.ts';

/** The logged-in person, as loaded from the session cookie. */
export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  locale: Lang;
  /** orgId → role and organisation name. */
  memberships: Map<string, { role: Role; orgName: string }>;
}

/** What every request handler can read from the context. */
export type AppEnv = {
  Variables: {
    db: Db;
    config: Config;
    lang: Lang;
    ip: string;
    user: SessionUser | undefined;
    /** Set by `requireAction`: the caller's role in the organisation of the route. */
    role: Role;
  };
};

/** A router whose zod failures become one `AppError` naming every wrong field. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error, c.get('lang'));
    },
  });
}

/** A JSON response of `schema` for an OpenAPI route. */
export function jsonResponse<T extends z.ZodType>(schema: T, description = 'OK') {
  return { 200: { content: { 'application/json': { schema } }, description } } as const;
}

/** A required JSON body of `schema`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export const noContent = { 204: { description: 'Done' } } as const;

export type { RouteConfig };
