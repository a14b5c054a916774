import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kbo: string | null;
  type: string;
  fiscal_year_start_month: Generated<number>;
  language: Generated<string>;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<string>;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
}

export interface MembershipTable {
  id: Generated<string>;
  org_id: string;
  user_id: string;
  role: string;
  created_at: Timestamp;
}

/** A pending invitation of an existing person: only what the administrator typed. */
export interface InvitationTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: string;
  created_at: Timestamp;
}

export interface OrgTables {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  invitation: InvitationTable;
}
