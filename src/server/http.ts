import { OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { Role } from '../modules/orgs/policy.ts';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import { AppError, validationError, type Lang } from './errors.ts';
import { responseCheck } from './response-check.ts';
import { msg } from './messages.ts';

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

/**
 * A router whose zod failures become one `AppError` naming every wrong field, and whose every route
 * gets the response contract check (`response-check.ts`; on in the API tests only).
 */
export function router() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) throw validationError(result.error, c.get('lang'));
    },
  });
  const openapi = app.openapi;
  app.openapi = ((route: RouteConfig, handler: never, hook?: never) => {
    const middleware = route.middleware === undefined ? [] : [route.middleware].flat();
    const responses = { default: errorResponse, ...route.responses };
    return openapi({ ...route, responses, middleware: [responseCheck(route), ...middleware] }, handler, hook);
  }) as typeof openapi;
  return app;
}

/** Every error answer (`AppError.body`): declared as each route's `default` response by `router()`. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof errorBody>;
const errorResponse = { content: { 'application/json': { schema: errorBody } }, description: 'An error' };

/** A JSON response of `schema` for an OpenAPI route. */
export function jsonResponse<T extends z.ZodType>(schema: T, description = 'OK') {
  return { 200: { content: { 'application/json': { schema } }, description } } as const;
}

/** A required JSON body of `schema`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export const noContent = { 204: { description: 'Done' } } as const;

/** The answer that names the record a route added, changed or removed. */
export const idAnswer = z.object({ id: z.uuid() });

/** The path parameters of every route under `/orgs/:orgId`. */
export const orgParams = z.object({ orgId: z.uuid() });

/** Multipart form with a file; JSON fields travel as text and are parsed with `jsonField`. */
export const uploadForm = z.object({ file: z.any() });

/** The OpenAPI body of a multipart upload. */
export function formBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'multipart/form-data': { schema } }, required: true } } as const;
}

/** Parses a JSON text field of a multipart form against `schema`, naming the field when it is wrong. */
export function jsonField<T>(value: unknown, name: string, schema: z.ZodType<T>, fallback: T): T {
  if (value === undefined || value === '') return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    throw new AppError('validation', msg('field_not_json', { name }), { fields: [{ path: name, message: 'JSON' }] });
  }
  const r = schema.safeParse(parsed);
  if (!r.success)
    throw new AppError('validation', msg('field_invalid', { name }), {
      fields: [{ path: name, message: r.error.issues[0]?.message ?? '' }],
    });
  return r.data;
}

/** A file answer with a download name. */
export function download(body: BodyInit, type: string, fileName: string): Response {
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"` },
  });
}

export type { RouteConfig };
