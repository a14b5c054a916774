import type { ColumnType, Generated } from 'kysely';
import type { Body } from './logic.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

/** A decision of one of the organisation's bodies, what it serves, and its follow-up. */
export interface GovDecisionTable {
  id: Generated<string>;
  org_id: string;
  title: string;
  description: Generated<string>;
  body: Body;
  decided_on: Day;
  /** A strategic objective of performance's strategy map. */
  objective_id: string | null;
  /** A partnership assessment of partnerships. */
  assessment_id: string | null;
  /** An innovation project of partnerships. */
  project_id: string | null;
  follow_up_owner: Generated<string>;
  follow_up_on: DayOrNull;
  follow_up_done: Generated<boolean>;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface GovernanceTables {
  gov_decision: GovDecisionTable;
}
