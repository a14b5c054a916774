import { z } from '@hono/zod-openapi';
import { crudRoutes } from '../../server/crud-routes.ts';
import type { Db } from '../../server/db.ts';
import { orgParams, type SessionUser } from '../../server/http.ts';
import { orgRoute } from '../../server/route.ts';
import type { Action, Role } from '../orgs/public.ts';
import * as s from './schema.ts';
import { type Scope, scopeOf } from './scope.ts';

export const tags: ['social-economy'] = ['social-economy'];
export const base = '/orgs/{orgId}/social-economy' as const;

/** The path parameters of one record of the module: `{ orgId, <key> }`. */
export const idParams = <K extends string>(key: K) => orgParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);
export const workerParams = idParams('workerId');
export const twoIds = <A extends string, B extends string>(a: A, b: B) =>
  orgParams.extend({ [a]: z.uuid(), [b]: z.uuid() } as Record<A | B, z.ZodUUID>);

/** What a record's function gets from the route: the database, the organisation and the caller. */
export interface Caller {
  db: Db;
  orgId: string;
  user: SessionUser;
  role: Role;
}

/** The records the caller sees (a partner coach: only their enterprise's). */
export const scopeOfCaller = (t: Caller): Promise<Scope> => scopeOf(t.db, t.orgId, t.user.id, t.role);

/** The kinds of record the manager keeps, and under which others hang (a partner's contacts, a worker's hours …). */
const RECORDS = {
  partners: { key: 'partnerId', entity: 'se_partner' },
  agreements: { key: 'agreementId', entity: 'se_agreement' },
  workers: { key: 'workerId', entity: 'se_worker' },
} as const;
type Parent = keyof typeof RECORDS;

interface ChildRoute {
  parent: Parent;
  /** The path segment of the records under the parent (`contacts`, `hours` …). */
  records: string;
  summary: string;
  action: Action;
  /** The audit action; the entry is about the parent. */
  event: string;
}

/** Adding, changing and removing a kind of record (the manager's); each answers the record's id. */
export function managedRoutes<C extends z.ZodType, U extends z.ZodType>(opts: {
  records: Parent;
  /** The prefix of the audit actions (`se.partner_` → `se.partner_created`). */
  event: string;
  create: { summary: string; body: C; run: (db: Db, orgId: string, body: z.output<C>) => Promise<string> };
  update: {
    summary: string;
    method?: 'put' | 'patch';
    body: U;
    run: (db: Db, orgId: string, id: string, body: z.output<U>) => Promise<unknown>;
  };
  remove: { summary: string; run: (db: Db, orgId: string, id: string) => Promise<unknown> };
}) {
  const { create, update, remove } = opts;
  return crudRoutes({
    base: `${base}/${opts.records}`,
    ...RECORDS[opts.records],
    tags,
    action: 'socialeconomy.manage',
    event: opts.event,
    response: s.idAnswer,
    create: { ...create, run: async ({ orgId, db }, body) => ({ id: await create.run(db, orgId, body) }) },
    update: {
      ...update,
      run: async ({ orgId, db }, id, body) => {
        await update.run(db, orgId, id, body);
        return { id };
      },
    },
    remove: { ...remove, answer: s.idAnswer, run: ({ orgId, db }, id) => remove.run(db, orgId, id) },
  });
}

/** The list of a kind of record the caller sees, in their scope. */
export function scopedListRoute<I extends z.ZodType>(opts: {
  records: string;
  summary: string;
  item: I;
  load: (db: Db, orgId: string, scope: Scope) => Promise<z.input<I>[]>;
}) {
  return orgRoute({
    method: 'get',
    path: `${base}/${opts.records}`,
    tags,
    summary: opts.summary,
    action: 'socialeconomy.read',
    response: z.object({ items: z.array(opts.item) }),
    // The builder types the answer from the schema; with a generic schema tsc cannot resolve that, so say it.
    handler: async (c, t) => c.json({ items: await opts.load(t.db, t.orgId, await scopeOfCaller(t)) } as never, 200),
  });
}

/** Adding a record under a parent: audited on the parent, answers the new record's id. */
export function addChildRoute<B extends z.ZodType>(
  opts: ChildRoute & {
    body: B;
    add: (t: Caller, parentId: string, body: z.output<B>) => Promise<string>;
    /** Audit details of the new record. */
    details?: (body: z.output<B>) => Record<string, unknown>;
  },
) {
  const { key, entity } = RECORDS[opts.parent];
  return orgRoute({
    method: 'post',
    path: `${base}/${opts.parent}/{${key}}/${opts.records}`,
    tags,
    summary: opts.summary,
    action: opts.action,
    params: idParams(key),
    body: opts.body,
    response: s.idAnswer,
    handler: async (c, t) => {
      // The builder types params and body from the schemas; with generic ones tsc cannot resolve that, so say it.
      const parentId = (t.params as Record<string, string>)[key]!;
      const body = t.body as z.output<B>;
      const id = await opts.add(t, parentId, body);
      const details = opts.details?.(body);
      await t.audit({ action: opts.event, entity, entityId: parentId, ...(details ? { details } : {}) });
      return c.json({ id }, 200);
    },
  });
}

/** Removing a record under a parent: audited on the parent, answers the removed record's id. */
export function removeChildRoute(
  opts: ChildRoute & { key: string; remove: (t: Caller, parentId: string, id: string) => Promise<unknown> },
) {
  const { key: parentKey, entity } = RECORDS[opts.parent];
  return orgRoute({
    method: 'delete',
    path: `${base}/${opts.parent}/{${parentKey}}/${opts.records}/{${opts.key}}`,
    tags,
    summary: opts.summary,
    action: opts.action,
    params: twoIds(parentKey, opts.key),
    response: s.idAnswer,
    handler: async (c, t) => {
      const params = t.params as Record<string, string>;
      const [parentId, id] = [params[parentKey]!, params[opts.key]!];
      await opts.remove(t, parentId, id);
      await t.audit({ action: opts.event, entity, entityId: parentId });
      return c.json({ id }, 200);
    },
  });
}
