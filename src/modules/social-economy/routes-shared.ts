import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';

export const tags: ['social-economy'] = ['social-economy'];
export const base = '/orgs/{orgId}/social-economy' as const;

/** The path parameters of one record of the module: `{ orgId, <key> }`. */
export const idParams = <K extends string>(key: K) => orgParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);
export const workerParams = idParams('workerId');
export const twoIds = <A extends string, B extends string>(a: A, b: B) =>
  orgParams.extend({ [a]: z.uuid(), [b]: z.uuid() } as Record<A | B, z.ZodUUID>);
