import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

export type ComplaintKind = 'complaint' | 'remark';
export type ComplaintSource = 'client' | 'network' | 'staff' | 'other' | 'anonymous';
export type ComplaintChannel = 'in_person' | 'phone' | 'letter' | 'email' | 'public_link' | 'other';
export type AboutKind = 'care' | 'function' | 'group' | 'process' | 'other';
export type Severity = 'low' | 'medium' | 'high';
export type Outcome = 'founded' | 'partly' | 'not_founded';

/** The handling deadlines valid from a day: acknowledge within `ack_days`, answer within `answer_days`. */
export interface CpRuleTable {
  id: Generated<string>;
  org_id: string;
  valid_from: Day;
  valid_to: DayOrNull;
  ack_days: number;
  answer_days: number;
}
/** A complaint or remark; its deadlines are fixed when it is registered (from the rule valid that day). */
export interface CpComplaintTable {
  id: Generated<string>;
  org_id: string;
  kind: ComplaintKind;
  source: ComplaintSource;
  channel: ComplaintChannel;
  received_on: Day;
  subject: string;
  description: Generated<string>;
  about_kind: AboutKind;
  about: Generated<string>;
  severity: Severity;
  client_id: string | null;
  complainant: Generated<string>;
  contact: Generated<string>;
  ack_due: Day;
  answer_due: Day;
  handler_id: string | null;
  acknowledged_on: DayOrNull;
  answered_on: DayOrNull;
  outcome: Outcome | null;
  answer: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** A step taken in handling a complaint (a conversation, an inquiry, a letter). */
export interface CpStepTable {
  id: Generated<string>;
  org_id: string;
  complaint_id: string;
  done_on: Day;
  note: string;
  author_id: string | null;
  created_at: Timestamp;
}
/** The organisation's public link for anonymous complaints: only the hash of its secret. */
export interface CpPublicLinkTable {
  org_id: string;
  token_hash: string;
  created_on: Day;
  created_by: string | null;
}

export interface ComplaintTables {
  cp_rule: CpRuleTable;
  cp_complaint: CpComplaintTable;
  cp_step: CpStepTable;
  cp_public_link: CpPublicLinkTable;
}
