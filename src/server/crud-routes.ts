/**
 * The routes of one kind of record that a module lists, adds, changes and removes, in one declaration:
 *
 *   ...crudRoutes({
 *     base: '/orgs/{orgId}/partnerships/projects', key: 'projectId', tags, action: 'partnerships.manage',
 *     entity: 'pa_project', event: 'partnerships.project_', response: idAnswer,
 *     list: { summary: '…', action: 'partnerships.read', response: s.projectList, load: (t) => … },
 *     create: { summary: '…', body: s.projectInput, run: async (t, body) => ({ id: await createProject(…) }) },
 *     update: { summary: '…', body: s.projectInput, run: … },
 *     remove: { summary: '…', answer: idAnswer, run: (t, id) => deleteProject(t.db, t.orgId, id) },
 *   })
 *
 * GET and POST `base`, GET (`get`), PUT (or PATCH) and DELETE `base/{key}`, each an `orgRoute` (permission
 * guard, response contract) with `action`, or the route's own. Create and update answer what `run` gives
 * (`response`: the record, or `{ id }`); remove answers `{ id }` (`answer`) or 204 without one. Every change
 * writes one audit entry about the record: `<event>created`, `<event>updated`, `<event>deleted` on `entity`,
 * with the `details` create and update give. The records of people (with access request and erasure) are
 * `personRoutes`. Routes of another shape stay plain `orgRoute`s (docs/architecture.md, "Writing a route").
 */
import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import type { Action, Role } from '../modules/orgs/policy.ts';
import type { Db } from './db.ts';
import { noContent, orgParams, type SessionUser } from './http.ts';
import { orgRoute, type RouteDefinition } from './route.ts';

/** What a record's functions get from the route: the organisation, the caller (and their role) and the database. */
export interface CrudCaller {
  orgId: string;
  user: SessionUser;
  role: Role;
  db: Db;
}

type OrgPath = `/orgs/{orgId}/${string}`;
type Details = Record<string, unknown>;
type Actions = Action | [Action, ...Action[]];
/** What every route of the declaration names: its summary, and who may call it when not `action`. */
type Step = { summary: string; action?: Actions };

export function crudRoutes<
  R extends ZodType,
  L extends ZodType,
  G extends ZodType,
  C extends ZodType,
  U extends ZodType,
>(opts: {
  /** The list's path; one record is `base/{key}`. */
  base: OrgPath;
  key: string;
  tags: [string, ...string[]];
  /** Who may change the records (each route may name its own). */
  action: Actions;
  /** The audit entity and the prefix of the audit actions (`handbook.process_` → `handbook.process_created`). */
  entity: string;
  event: string;
  /** The answer of create and update. */
  response: R;
  list?: Step & { response: L; load: (t: CrudCaller) => Promise<z.input<L>> };
  /** GET `base/{key}`: one record. */
  get?: Step & { response: G; load: (t: CrudCaller, id: string) => Promise<z.input<G>> };
  create?: Step & {
    body: C;
    /** Adds the record and gives the answer (with the new record's `id`). */
    run: (t: CrudCaller, body: z.output<C>) => Promise<z.input<R> & { id: string }>;
    /** Audit details of the new record. */
    details?: (body: z.output<C>, saved: z.input<R>) => Details;
  };
  update?: Step & {
    method?: 'put' | 'patch';
    body: U;
    run: (t: CrudCaller, id: string, body: z.output<U>) => Promise<z.input<R>>;
    /** Audit details of the change. */
    details?: (body: z.output<U>, saved: z.input<R>) => Details;
  };
  remove?: Step & { answer?: ZodType; run: (t: CrudCaller, id: string) => Promise<unknown> };
}): RouteDefinition[] {
  const { base, key, tags, action, entity, event, response, list, get, create, update, remove } = opts;
  const item = `${base}/{${key}}`;
  const params = orgParams.extend({ [key]: z.uuid() });
  // One handler shape for all five; the builder's per-route types need literal schemas, so they are given here.
  type Tools = CrudCaller & {
    params: Record<string, string>;
    body: unknown;
    audit: (e: { action: string; entity: string; entityId: string; details?: Details }) => Promise<void>;
  };
  type Answer = { json(body: unknown, status: 200): Response; body(body: null, status: 204): Response };
  const route = (of: Step, o: object, handler: (c: Answer, t: Tools) => Promise<Response>) =>
    orgRoute({ tags, ...o, summary: of.summary, action: of.action ?? action, handler } as never);
  const audited = (details: Details | undefined) => (details ? { details } : {});
  const routes: RouteDefinition[] = [];
  if (list)
    routes.push(
      route(list, { method: 'get', path: base, response: list.response }, async (c, t) =>
        c.json(await list.load(t), 200),
      ),
    );
  if (create)
    routes.push(
      route(create, { method: 'post', path: base, body: create.body, response }, async (c, t) => {
        const saved = await create.run(t, t.body as z.output<C>);
        const details = create.details?.(t.body as z.output<C>, saved);
        await t.audit({ action: `${event}created`, entity, entityId: saved.id, ...audited(details) });
        return c.json(saved, 200);
      }),
    );
  if (get)
    routes.push(
      route(get, { method: 'get', path: item, params, response: get.response }, async (c, t) =>
        c.json(await get.load(t, t.params[key]!), 200),
      ),
    );
  if (update)
    routes.push(
      route(
        update,
        { method: update.method ?? 'put', path: item, params, body: update.body, response },
        async (c, t) => {
          const id = t.params[key]!;
          const saved = await update.run(t, id, t.body as z.output<U>);
          const details = update.details?.(t.body as z.output<U>, saved);
          await t.audit({ action: `${event}updated`, entity, entityId: id, ...audited(details) });
          return c.json(saved, 200);
        },
      ),
    );
  if (remove)
    routes.push(
      route(remove, { method: 'delete', path: item, params, response: remove.answer ?? noContent }, async (c, t) => {
        const id = t.params[key]!;
        await remove.run(t, id);
        await t.audit({ action: `${event}deleted`, entity, entityId: id });
        return remove.answer ? c.json({ id }, 200) : c.body(null, 204);
      }),
    );
  return routes;
}

/**
 * The records of people a module keeps (clients, employees): POST `base` adds one and PATCH `base/{key}` changes
 * one (crudRoutes: both answer the person's detail; a change's audit entry names the fields sent); GET
 * `base/{key}/export` gives everything stored about the person (the access request, audited `<event>exported`);
 * DELETE `base/{key}` erases the person and everything linked (204), audited `<event>erased` about the random
 * stand-in that `erase` put in the person's place in the audit log. Listing and reading stay the module's routes.
 */
export function personRoutes<D extends ZodType, C extends ZodType, U extends ZodType, E extends ZodType>(opts: {
  base: OrgPath;
  key: string;
  tags: [string, ...string[]];
  action: Action;
  entity: string;
  event: string;
  /** What adding and changing answer: the person's detail. */
  detail: { response: D; load: (db: Db, orgId: string, id: string) => Promise<z.input<D> & { id: string }> };
  create: { summary: string; body: C; run: (db: Db, orgId: string, body: z.output<C>) => Promise<string> };
  update: { summary: string; body: U; run: (db: Db, orgId: string, id: string, body: z.output<U>) => Promise<void> };
  export: { summary: string; response: E; load: (db: Db, orgId: string, id: string) => Promise<z.input<E>> };
  /** Erases the person and gives the stand-in. */
  erase: { summary: string; run: (db: Db, orgId: string, id: string) => Promise<string> };
}): RouteDefinition[] {
  const { base, key, tags, action, entity, event, detail, create, update } = opts;
  const item = `${base}/{${key}}`;
  const params = orgParams.extend({ [key]: z.uuid() });
  type Tools = CrudCaller & { params: Record<string, string>; audit: (e: object) => Promise<void> };
  type Answer = { json(body: unknown, status: 200): Response; body(body: null, status: 204): Response };
  const route = (o: object, handler: (c: Answer, t: Tools) => Promise<Response>) =>
    orgRoute({ tags, action, params, ...o, handler } as never);
  return [
    ...crudRoutes({
      ...{ base, key, tags, action, entity, event },
      response: detail.response,
      create: {
        summary: create.summary,
        body: create.body,
        run: async ({ orgId, db }, body) => detail.load(db, orgId, await create.run(db, orgId, body)),
      },
      update: {
        method: 'patch',
        summary: update.summary,
        body: update.body,
        run: async ({ orgId, db }, id, patch) => {
          await update.run(db, orgId, id, patch);
          return detail.load(db, orgId, id);
        },
        details: (patch) => ({ fields: Object.keys(patch as object) }),
      },
    }),
    route(
      { method: 'get', path: `${item}/export`, summary: opts.export.summary, response: opts.export.response },
      async (c, { orgId, db, params, audit }) => {
        const data = await opts.export.load(db, orgId, params[key]!);
        await audit({ action: `${event}exported`, entity, entityId: params[key]! });
        return c.json(data, 200);
      },
    ),
    route(
      { method: 'delete', path: item, summary: opts.erase.summary, response: noContent },
      async (c, { orgId, db, params, audit }) => {
        const standIn = await opts.erase.run(db, orgId, params[key]!);
        await audit({ action: `${event}erased`, entity, entityId: standIn });
        return c.body(null, 204);
      },
    ),
  ];
}
