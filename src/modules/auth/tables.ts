import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield usable cookies. */
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface OneTimeTokenTable {
  id: string;
  purpose: 'reset' | 'setup';
  user_id: string | null;
  org_id: string | null;
  created_by: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface AuthTables {
  session: SessionTable;
  one_time_token: OneTimeTokenTable;
}
