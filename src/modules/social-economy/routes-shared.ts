import { z } from '@hono/zod-openapi';
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

/** The records that hang under another (a partner's contacts, an agreement's amendments, a worker's logs). */
const PARENTS = {
  partners: { key: 'partnerId', entity: 'se_partner' },
  agreements: { key: 'agreementId', entity: 'se_agreement' },
  workers: { key: 'workerId', entity: 'se_worker' },
} as const;
type Parent = keyof typeof PARENTS;

interface ChildRoute {
  parent: Parent;
  /** The path segment of the records under the parent (`contacts`, `hours` …). */
  records: string;
  summary: string;
  action: Action;
  /** The audit action; the entry is about the parent. */
  event: string;
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
  const { key, entity } = PARENTS[opts.parent];
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
  const { key: parentKey, entity } = PARENTS[opts.parent];
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
