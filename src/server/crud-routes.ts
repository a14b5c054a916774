/**
 * The routes of one kind of record that a module lists, adds, changes and removes, in one declaration:
 *
 *   ...crudRoutes({
 *     base: '/orgs/{orgId}/partnerships/projects', key: 'projectId', tags, action: 'partnerships.manage',
 *     entity: 'pa_project', event: 'partnerships.project_', response: s.idAnswer,
 *     list: { summary: '…', action: 'partnerships.read', response: s.projectList, load: (t) => … },
 *     create: { summary: '…', body: s.projectInput, run: async (t, body) => ({ id: await createProject(…) }) },
 *     update: { summary: '…', body: s.projectInput, run: … },
 *     remove: { summary: '…', answer: s.idAnswer, run: (t, id) => deleteProject(t.db, t.orgId, id) },
 *   })
 *
 * GET and POST `base`, PUT (or PATCH) and DELETE `base/{key}`, each an `orgRoute` (permission guard,
 * response contract). Create and update answer what `run` gives (`response`: the record, or `{ id }`);
 * remove answers `{ id }` (`answer`) or 204 without one. Every change writes one audit entry about the
 * record: `<event>created`, `<event>updated`, `<event>deleted` on `entity`. Routes of another shape stay
 * plain `orgRoute`s (docs/architecture.md, "Writing a route").
 */
import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import type { Action } from '../modules/orgs/policy.ts';
import type { Db } from './db.ts';
import { noContent, orgParams, type SessionUser } from './http.ts';
import { orgRoute, type RouteDefinition } from './route.ts';

/** What a record's functions get from the route: the organisation, the caller and the database. */
export interface CrudCaller {
  orgId: string;
  user: SessionUser;
  db: Db;
}

type OrgPath = `/orgs/{orgId}/${string}`;
type Details = Record<string, unknown>;

export function crudRoutes<R extends ZodType, L extends ZodType, C extends ZodType, U extends ZodType>(opts: {
  /** The list's path; one record is `base/{key}`. */
  base: OrgPath;
  key: string;
  tags: [string, ...string[]];
  /** Who may change the records (the list may name its own). */
  action: Action;
  /** The audit entity and the prefix of the audit actions (`handbook.process_` → `handbook.process_created`). */
  entity: string;
  event: string;
  /** The answer of create and update. */
  response: R;
  list?: { summary: string; action?: Action; response: L; load: (t: CrudCaller) => Promise<z.input<L>> };
  create?: {
    summary: string;
    body: C;
    /** Adds the record and gives the answer (with the new record's `id`). */
    run: (t: CrudCaller, body: z.output<C>) => Promise<z.input<R> & { id: string }>;
    /** Audit details of the new record. */
    details?: (body: z.output<C>) => Details;
  };
  update?: {
    summary: string;
    method?: 'put' | 'patch';
    body: U;
    run: (t: CrudCaller, id: string, body: z.output<U>) => Promise<z.input<R>>;
  };
  remove?: { summary: string; answer?: ZodType; run: (t: CrudCaller, id: string) => Promise<unknown> };
}): RouteDefinition[] {
  const { base, key, tags, action, entity, event, response, list, create, update, remove } = opts;
  const item = `${base}/{${key}}`;
  const params = orgParams.extend({ [key]: z.uuid() });
  // One handler shape for all four; the builder's per-route types need literal schemas, so they are given here.
  type Tools = CrudCaller & {
    params: Record<string, string>;
    body: unknown;
    audit: (e: { action: string; entity: string; entityId: string; details?: Details }) => Promise<void>;
  };
  type Answer = { json(body: unknown, status: 200): Response; body(body: null, status: 204): Response };
  const route = (o: object, handler: (c: Answer, t: Tools) => Promise<Response>) =>
    orgRoute({ tags, action, ...o, handler } as never);
  const routes: RouteDefinition[] = [];
  if (list)
    routes.push(
      route(
        { method: 'get', path: base, summary: list.summary, action: list.action ?? action, response: list.response },
        async (c, t) => c.json(await list.load(t), 200),
      ),
    );
  if (create)
    routes.push(
      route({ method: 'post', path: base, summary: create.summary, body: create.body, response }, async (c, t) => {
        const saved = await create.run(t, t.body as z.output<C>);
        const details = create.details?.(t.body as z.output<C>);
        await t.audit({ action: `${event}created`, entity, entityId: saved.id, ...(details ? { details } : {}) });
        return c.json(saved, 200);
      }),
    );
  if (update)
    routes.push(
      route(
        { method: update.method ?? 'put', path: item, summary: update.summary, params, body: update.body, response },
        async (c, t) => {
          const id = t.params[key]!;
          const saved = await update.run(t, id, t.body as z.output<U>);
          await t.audit({ action: `${event}updated`, entity, entityId: id });
          return c.json(saved, 200);
        },
      ),
    );
  if (remove)
    routes.push(
      route(
        { method: 'delete', path: item, summary: remove.summary, params, response: remove.answer ?? noContent },
        async (c, t) => {
          const id = t.params[key]!;
          await remove.run(t, id);
          await t.audit({ action: `${event}deleted`, entity, entityId: id });
          return remove.answer ? c.json({ id }, 200) : c.body(null, 204);
        },
      ),
    );
  return routes;
}
