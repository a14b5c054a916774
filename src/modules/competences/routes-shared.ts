import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { orgRoute } from '../../server/route.ts';
import type { Db } from '../../server/db.ts';
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
