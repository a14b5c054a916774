import { z } from 'zod';

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
  action: z.string().max(60).optional(),
});

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  /** An aggregated read: the last of its `count` reads in the hour; null for a single entry. */
  lastAt: z.string().nullable(),
  count: z.number().int(),
  actor: z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.object({ items: z.array(auditEntry), nextBefore: z.number().int().nullable() });
