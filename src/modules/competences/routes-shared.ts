import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { orgRoute } from '../../server/route.ts';
import type { Db } from '../../server/db.ts';
import { requireEmployee } from './records.ts';
import * as s from './schema.ts';

export const tags: ['competences'] = ['competences'];
export const action = 'competences.manage';

/** The path parameters of one record of the module: `{ orgId, <key> }`. */
export const idParams = <K extends string>(key: K) => orgParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);

/** Which record an audit entry is about. */
interface AuditTarget {
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** A list that names people, read by the manager: each reading is audited (`event` about `entity`). */
export function auditedListRoute<I extends z.ZodType>(opts: {
  path: `/orgs/{orgId}/competences/${string}`;
  summary: string;
  item: I;
  event: string;
  entity: string;
  load: (db: Db, orgId: string) => Promise<z.input<I>[]>;
}) {
  return orgRoute({
    method: 'get',
    path: opts.path,
    tags,
    summary: opts.summary,
    action,
    response: z.object({ items: z.array(opts.item) }),
    handler: async (c, { orgId, db, audit }) => {
      const items = await opts.load(db, orgId);
      await audit({ action: opts.event, entity: opts.entity, read: true });
      // The builder types the answer from the schema; with a generic schema tsc cannot resolve that, so say it.
      return c.json({ items } as never, 200);
    },
  });
}

/**
 * Removing one record of the module by its id: the same guard and `{ id }` answer for every kind.
 * `remove` deletes it and names what the audit entry is about (for a person's record: the person).
 */
export function removeRoute<K extends string>(opts: {
  path: `/orgs/{orgId}/competences/${string}/{${K}}`;
  key: K;
  summary: string;
  event: string;
  remove: (db: Db, orgId: string, id: string) => Promise<AuditTarget>;
}) {
  return orgRoute({
    method: 'delete',
    path: opts.path,
    tags,
    summary: opts.summary,
    action,
    params: idParams(opts.key),
    response: s.idAnswer,
    handler: async (c, { orgId, db, params, audit }) => {
      const id: string = (params as Record<K, string>)[opts.key];
      const target = await opts.remove(db, orgId, id);
      await audit({ action: opts.event, ...target });
      return c.json({ id }, 200);
    },
  });
}

/**
 * Adding a record to a person (a training link, a certificate, a plan): the person must be an employee
 * of the organisation (else 404); the audit entry is about the person and names the new record.
 */
export function addToPersonRoute<B extends z.ZodType>(opts: {
  segment: 'training-links' | 'certificates' | 'plans';
  summary: string;
  body: B;
  event: string;
  /** The key of the new record's id in the audit details. */
  detail: string;
  add: (db: Db, orgId: string, employeeId: string, input: z.output<B>) => Promise<string>;
}) {
  return orgRoute({
    method: 'post',
    path: `/orgs/{orgId}/competences/people/{employeeId}/${opts.segment}`,
    tags,
    summary: opts.summary,
    action,
    params: idParams('employeeId'),
    body: opts.body,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body, audit }) => {
      const employee = await requireEmployee(db, orgId, employeeId);
      // The builder types the body from the schema; with a generic schema tsc cannot resolve that, so say it.
      const id = await opts.add(db, orgId, employee.id, body as z.output<B>);
      await audit({
        action: opts.event,
        entity: 'ppl_employee',
        entityId: employee.id,
        details: { [opts.detail]: id },
      });
      return c.json({ id }, 200);
    },
  });
}
