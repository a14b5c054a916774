/**
 * Declarative routes: one object per route, read top to bottom — what it is (method, path, tags,
 * summary), who may call it (`action`), what it takes (params, query, body or form), what it answers
 * (`response`), and what it does (`handler`). The builder adds the OpenAPI route, the permission
 * guard, the org path parameter and the JSON response wrapper; the handler gets the context (for the
 * answer: `c.json`, `c.body`) and a second argument with the validated input (`params`, `query`,
 * `body`, typed from the schemas), the database (`db`), the caller and an `audit` writer.
 *
 *   export const orgRoutes = routes(
 *     orgRoute({
 *       method: 'patch', path: '/orgs/{orgId}', tags: ['organisations'], summary: 'Change the settings',
 *       action: 'org.update', body: organisationPatch, response: organisation,
 *       handler: async (c, { orgId, db, body, audit }) => {
 *         const after = await updateOrganisation(db, orgId, body);
 *         await audit({ action: 'org.updated', entity: 'organisation', entityId: orgId });
 *         return c.json(after, 200);
 *       },
 *     }),
 *   );
 *
 * `response` is a zod schema (a 200 JSON answer) or a responses object for anything else:
 * `noContent` (204), `fileResponse(...)` (downloads), or several statuses. See docs/architecture.md.
 */
import { createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z, type ZodType } from 'zod';
import { recordAudit, type AuditEvent } from '../modules/audit/queries.ts';
import type { Action, Role } from '../modules/orgs/policy.ts';
import { currentUser, requireAction, requireUser } from './auth.ts';
import type { Db } from './db.ts';
import { type AppEnv, formBody, jsonBody, jsonResponse, orgParams, router, type SessionUser } from './http.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Responses = RouteConfig['responses'];
type Nothing = Record<never, never>;

/** What the builder turns the options into: the `createRoute` config zod-openapi types handlers from. */
type Built<M, Path, P, Q, B, F, R> = {
  method: M;
  path: Path;
  request: (P extends ZodType ? { params: P } : Nothing) &
    (Q extends ZodType ? { query: Q } : Nothing) &
    (B extends ZodType
      ? { body: { content: { 'application/json': { schema: B } }; required: true } }
      : F extends ZodType
        ? { body: { content: { 'multipart/form-data': { schema: F } }; required: true } }
        : Nothing);
  responses: R extends ZodType ? { 200: { content: { 'application/json': { schema: R } }; description: string } } : R;
};

type Output<S> = S extends ZodType ? z.output<S> : undefined;

/** What every handler gets besides its tools: the request as the schemas validated it, and the database. */
export type Input<P, Q, B, F> = {
  db: Db;
  params: Output<P>;
  query: Output<Q>;
  /** The JSON body, or the multipart form of an upload route. */
  body: B extends ZodType ? z.output<B> : Output<F>;
};

type Handler<Cfg, Tools> = Cfg extends RouteConfig
  ? (c: Parameters<RouteHandler<Cfg, AppEnv>>[0], tools: Tools) => ReturnType<RouteHandler<Cfg, AppEnv>>
  : never;

/** The options every route shares. */
interface Options<M extends Method, Path extends string, P, Q, B, F, R, Tools> {
  method: M;
  /** OpenAPI style: `/orgs/{orgId}/members/{memberId}`. */
  path: Path;
  tags: [string, ...string[]];
  summary: string;
  description?: string;
  /** Path parameters; an org route defaults to `{ orgId }`. */
  params?: P;
  query?: Q;
  /** A JSON body. */
  body?: B;
  /** A multipart form body (uploads); the handler gets it as `body`. */
  form?: F;
  /** A zod schema (200, JSON), or a responses object: `noContent`, `fileResponse(…)`, several statuses. */
  response: R;
  handler: Handler<Built<M, Path, P, Q, B, F, R>, Tools & Input<P, Q, B, F>>;
}

/** Writes one audit entry; the actor and address come from the request. */
type Audit<Event> = (event: Event) => Promise<void>;
type AuditInput = Omit<AuditEvent, 'actor' | 'ip'>;

export interface OrgTools {
  /** The organisation of the path, already checked: the caller is a member with the action. */
  orgId: string;
  user: SessionUser;
  role: Role;
  /** An audit entry in this organisation (`orgId` may be omitted). */
  audit: Audit<Omit<AuditInput, 'orgId'> & { orgId?: string }>;
}
export interface UserTools {
  user: SessionUser;
  audit: Audit<AuditInput>;
}
export interface PublicTools {
  audit: Audit<AuditInput>;
}

/** A route as `routes()` registers it. */
export interface RouteDefinition {
  route: RouteConfig;
  handler: (c: Context<AppEnv>) => unknown;
}

function auditOf(c: Context<AppEnv>, orgId?: string) {
  return (event: Omit<AuditInput, 'orgId'> & { orgId?: string | null }) =>
    recordAudit(c.var.db, {
      ...event,
      orgId: event.orgId ?? orgId ?? null,
      actor: c.var.user ? { id: c.var.user.id, email: c.var.user.email } : null,
      ip: c.var.ip,
    });
}

function define<Tools>(
  opts: Options<Method, string, unknown, unknown, unknown, unknown, unknown, Tools>,
  guard: MiddlewareHandler<AppEnv> | undefined,
  tools: (c: Context<AppEnv>) => Tools,
): RouteDefinition {
  const { method, path, tags, summary, description, params, query, body, form, response } = opts;
  const route = createRoute({
    method,
    path,
    tags,
    summary,
    ...(description ? { description } : {}),
    ...(guard ? { middleware: [guard] } : {}),
    request: {
      ...(params ? { params: params as z.ZodObject } : {}),
      ...(query ? { query: query as z.ZodObject } : {}),
      ...(body ? jsonBody(body as ZodType) : form ? formBody(form as ZodType) : {}),
    },
    responses: response instanceof z.ZodType ? jsonResponse(response) : (response as Responses),
  });
  const handler = opts.handler as (
    c: Context<AppEnv>,
    tools: Tools & Input<unknown, unknown, unknown, unknown>,
  ) => unknown;
  // The targets the route declares; zod-openapi's validators have already checked them.
  const valid = (c: Context<AppEnv>, target: 'param' | 'query' | 'json' | 'form') =>
    (c.req as unknown as { valid(target: string): undefined }).valid(target);
  const input = (c: Context<AppEnv>): Input<unknown, unknown, unknown, unknown> => ({
    db: c.var.db,
    params: params ? valid(c, 'param') : undefined,
    query: query ? valid(c, 'query') : undefined,
    body: body ? valid(c, 'json') : form ? valid(c, 'form') : undefined,
  });
  return { route, handler: (c) => handler(c, { ...tools(c), ...input(c) }) };
}

/**
 * A route under `/orgs/{orgId}`: 401 without a session, 404 for a non-member, 403 without one of
 * `action`. The handler gets `{ orgId, user, role, audit }` and the input (`db`, `params`, `query`, `body`).
 */
export function orgRoute<
  M extends Method,
  Path extends `/orgs/{orgId}${string}`,
  R,
  P extends ZodType = typeof orgParams,
  Q = undefined,
  B = undefined,
  F = undefined,
>(opts: Options<M, Path, P, Q, B, F, R, OrgTools> & { action: Action | [Action, ...Action[]] }): RouteDefinition {
  const actions = (Array.isArray(opts.action) ? opts.action : [opts.action]) as [Action, ...Action[]];
  const withParams = { ...(opts as object), params: opts.params ?? orgParams } as never;
  return define(withParams, requireAction(...actions), (c) => {
    const orgId = c.req.param('orgId') as string;
    return { orgId, user: currentUser(c), role: c.var.role, audit: auditOf(c, orgId) };
  });
}

/** A route about the logged-in person (no organisation in the path): 401 without a session. */
export function userRoute<M extends Method, Path extends string, R, P = undefined, Q = undefined, B = undefined>(
  opts: Options<M, Path, P, Q, B, undefined, R, UserTools>,
): RouteDefinition {
  return define(opts as never, requireUser, (c) => ({ user: currentUser(c), audit: auditOf(c) }));
}

/** A route anyone may call (login, set-up, reference data). */
export function publicRoute<M extends Method, Path extends string, R, P = undefined, Q = undefined, B = undefined>(
  opts: Options<M, Path, P, Q, B, undefined, R, PublicTools>,
): RouteDefinition {
  return define(opts as never, undefined, (c) => ({ audit: auditOf(c) }));
}

/** One router of a module's routes, in the order given (the order the OpenAPI document lists them). */
export function routes(...definitions: RouteDefinition[]) {
  const app = router();
  for (const { route, handler } of definitions) app.openapi(route, handler as never);
  return app;
}

/** A file download (CSV, PDF, XLSX …): the answer is a `download(…)` Response. */
export function fileResponse(...types: [string, ...string[]]) {
  const content = Object.fromEntries(types.map((t) => [t, { schema: { type: 'string' as const, format: 'binary' } }]));
  return { 200: { description: 'A file', content } } as const;
}
