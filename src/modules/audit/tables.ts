import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface AuditLogTable {
  id: Generated<string>;
  org_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  ip: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** How many times the same read happened in the row's hour (1 for every other entry). */
  count: ColumnType<number, number | undefined, number>;
  /** The last read counted in this row; null for a single entry. */
  last_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Identifies the bucket of an aggregated read (person, action, record, hour); null otherwise. */
  read_key: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
