import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { DocKind, RichDoc, RiskLevel, VersionStatus } from './schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

/** A process of the organisation (intake to outflow, support, HR, finance …). */
export interface HbProcessTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
}
/** A procedure, instruction or form under a process; its text lives in its versions. */
export interface HbDocumentTable {
  id: Generated<string>;
  org_id: string;
  process_id: string;
  kind: DocKind;
  title: string;
  owner_id: string | null;
  review_on: DayOrNull;
  /** The "as is" and "to be" descriptions shown side by side while a linked improvement action is open. */
  as_is: Generated<string>;
  to_be: Generated<string>;
  created_at: Timestamp;
}
/** Every version of a document is kept: its TipTap JSON (validated by `richDoc`), its plain text, its status. */
export interface HbVersionTable {
  id: Generated<string>;
  org_id: string;
  document_id: string;
  number: number;
  content: JSONColumnType<RichDoc, string, string>;
  plain: Generated<string>;
  status: ColumnType<VersionStatus, VersionStatus | undefined, VersionStatus>;
  change_note: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  approved_by: string | null;
  /** The approver's name as it was on the day: the approval stays named if the account goes. */
  approved_by_name: string | null;
  approved_on: DayOrNull;
}
export interface HbRiskTable {
  id: Generated<string>;
  org_id: string;
  title: string;
  description: Generated<string>;
  level: ColumnType<RiskLevel, RiskLevel | undefined, RiskLevel>;
}
/** What a document links to: exactly one of a KPI, an improvement action, a risk or a CAF subcriterion. */
export interface HbLinkTable {
  id: Generated<string>;
  org_id: string;
  document_id: string;
  kpi_id: string | null;
  action_id: string | null;
  risk_id: string | null;
  caf_code: string | null;
}
export interface HbReadRequestTable {
  id: Generated<string>;
  org_id: string;
  version_id: string;
  role: string;
  requested_by: string | null;
  requested_on: Day;
}
export interface HbReadTable {
  org_id: string;
  version_id: string;
  user_id: string;
  read_on: Day;
}

export interface HandbookTables {
  hb_process: HbProcessTable;
  hb_document: HbDocumentTable;
  hb_version: HbVersionTable;
  hb_risk: HbRiskTable;
  hb_link: HbLinkTable;
  hb_read_request: HbReadRequestTable;
  hb_read: HbReadTable;
}
