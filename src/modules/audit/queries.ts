import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import type { AuditEntry } from './schema.ts';

export interface AuditEvent {
  orgId: string | null;
  actor: { id: string; email: string } | null;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  /**
   * A read (who saw what): counted in one row per person, action, record and hour instead of one
   * row per request, so the log stays complete but bounded. Details are those of the last read.
   */
  read?: boolean;
}

/** The hour bucket of a read: `2026-03-01T14` (UTC). */
const hourOf = (at: Date) => at.toISOString().slice(0, 13);

/** Records who did what to which record. Never stores secrets: callers pass whitelisted details. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  const row = {
    org_id: event.orgId,
    actor_user_id: event.actor?.id ?? null,
    actor_email: event.actor?.email ?? null,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId ?? null,
    details: JSON.stringify(event.details ?? {}),
    ip: event.ip ?? null,
  };
  if (!event.read || !event.orgId) {
    await db.insertInto('audit_log').values(row).execute();
    return;
  }
  const readKey = [event.actor?.id ?? '-', event.action, event.entity, event.entityId ?? '-', hourOf(new Date())].join(
    '|',
  );
  await db
    .insertInto('audit_log')
    .values({ ...row, read_key: readKey, last_at: sql<Date>`now()` })
    .onConflict((oc) =>
      oc.columns(['org_id', 'read_key']).doUpdateSet({
        count: sql<number>`audit_log.count + 1`,
        last_at: sql<Date>`now()`,
        details: sql<string>`excluded.details`,
        ip: sql<string>`excluded.ip`,
      }),
    )
    .execute();
}

/** The organisation's audit entries, newest first, paged by id. */
export async function listAudit(
  db: Db,
  orgId: string,
  q: { limit: number; before?: number | undefined; action?: string | undefined },
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  let query = db
    .selectFrom('audit_log as a')
    // The actor's name, for the log in sentences ("Karen Willems bekeek …"); the address stays the record.
    .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.id',
      'a.at',
      'a.last_at',
      'a.count',
      'a.actor_user_id',
      'a.actor_email',
      'u.name as actor_name',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.details',
    ])
    .where('a.org_id', '=', orgId)
    .orderBy('a.id', 'desc')
    .limit(q.limit + 1);
  if (q.before) query = query.where('a.id', '<', String(q.before));
  if (q.action) query = query.where('a.action', '=', q.action);
  const rows = await query.execute();
  const items = rows.slice(0, q.limit).map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    lastAt: r.last_at ? r.last_at.toISOString() : null,
    count: Number(r.count),
    actor:
      r.actor_user_id && r.actor_email
        ? { id: r.actor_user_id, email: r.actor_email, name: r.actor_name ?? null }
        : null,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: r.details,
  }));
  return { items, nextBefore: rows.length > q.limit ? items[items.length - 1]!.id : null };
}

/** `value` with every string in it (keys too) having `needles` replaced by `standIn`. */
function scrubbed(value: unknown, needles: string[], standIn: string): unknown {
  const text = (t: string) => needles.reduce((acc, n) => acc.split(n).join(standIn), t);
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => scrubbed(v, needles, standIn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), scrubbed(v, needles, standIn)]));
  }
  return value;
}

/**
 * Removes a person's traces from an organisation's audit log (erasure): every mention of `id` and
 * of the exact `name` (in the record id and the details) becomes `standIn`; the bucket key of
 * aggregated reads, which holds the id, is dropped.
 */
export async function scrubAudit(
  db: DbOrTx,
  orgId: string,
  id: string,
  name: string,
  standIn: string,
): Promise<number> {
  const needles = [id, name.trim()].filter((n) => n.length >= 2);
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'entity_id', 'details', 'read_key'])
    .where('org_id', '=', orgId)
    .where((eb) =>
      eb.or(
        needles.flatMap((n) => [
          eb(sql<number>`strpos(coalesce(entity_id, ''), ${n})`, '>', 0),
          eb(sql<number>`strpos(details::text, ${n})`, '>', 0),
          eb(sql<number>`strpos(coalesce(read_key, ''), ${n})`, '>', 0),
        ]),
      ),
    )
    .execute();
  for (const r of rows) {
    await db
      .updateTable('audit_log')
      .where('id', '=', r.id)
      .set({
        entity_id: r.entity_id === null ? null : (scrubbed(r.entity_id, needles, standIn) as string),
        details: JSON.stringify(scrubbed(r.details, needles, standIn)),
        read_key: null,
      })
      .execute();
  }
  return rows.length;
}

/**
 * Deletes audit entries older than `days` (by their last read for aggregated rows): the retention
 * period. Returns how many rows went.
 */
export async function pruneAudit(db: Db, days: number): Promise<number> {
  const result = await db
    .deleteFrom('audit_log')
    .where(sql<Date>`coalesce(last_at, at)`, '<', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
