import type { Db } from '../../server/db.ts';
import type { AuditEntry } from './schema.ts';

export interface AuditEvent {
  orgId: string | null;
  actor: { id: string; email: string } | null;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Records who did what to which record. Never stores secrets: callers pass whitelisted details. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      org_id: event.orgId,
      actor_user_id: event.actor?.id ?? null,
      actor_email: event.actor?.email ?? null,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId ?? null,
      details: JSON.stringify(event.details ?? {}),
      ip: event.ip ?? null,
    })
    .execute();
}

/** The organisation's audit entries, newest first, paged by id. */
export async function listAudit(
  db: Db,
  orgId: string,
  q: { limit: number; before?: number | undefined; action?: string | undefined },
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_user_id', 'actor_email', 'action', 'entity', 'entity_id', 'details'])
    .where('org_id', '=', orgId)
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.before) query = query.where('id', '<', String(q.before));
  if (q.action) query = query.where('action', '=', q.action);
  const rows = await query.execute();
  const items = rows.slice(0, q.limit).map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actor_user_id && r.actor_email ? { id: r.actor_user_id, email: r.actor_email } : null,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: r.details,
  }));
  return { items, nextBefore: rows.length > q.limit ? items[items.length - 1]!.id : null };
}
