import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ActionStatus, AssessmentKind, CertificateKind } from './logic/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

/** A competence of the organisation's catalogue; `levels` holds the observable behaviour of levels 1-4. */
export interface CmpCompetenceTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  description: Generated<string>;
  cluster: Generated<string>;
  levels: JSONColumnType<string[], string, string>;
  position: Generated<number>;
}
/** A role profile (a function or role) … */
export interface CmpProfileTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  description: Generated<string>;
}
/** … and the level it needs of a competence. */
export interface CmpRequirementTable {
  org_id: string;
  profile_id: string;
  competence_id: string;
  level: number;
}
/** The role profile an employee (of the people module) holds: one per employee. */
export interface CmpAssignmentTable {
  org_id: string;
  employee_id: string;
  profile_id: string;
}
export interface CmpAssessmentTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  competence_id: string;
  level: number;
  kind: AssessmentKind;
  assessed_on: Day;
  assessed_by: string | null;
  note: Generated<string>;
  created_at: Timestamp;
}
/** A completed training (of the people module) that brought its employee to a level of a competence. */
export interface CmpTrainingLinkTable {
  id: Generated<string>;
  org_id: string;
  training_id: string;
  /** Copied from the training when linked, so the competence map reads only its own tables. */
  employee_id: string;
  competence_id: string;
  level: number;
  reached_on: Day;
}
export interface CmpPlanTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  title: string;
  review_on: DayOrNull;
  created_at: Timestamp;
}
export interface CmpPlanActionTable {
  id: Generated<string>;
  org_id: string;
  plan_id: string;
  competence_id: string | null;
  description: string;
  owner: Generated<string>;
  due_on: DayOrNull;
  status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
  follow_up: Generated<string>;
}
export interface CmpCertificateTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  kind: CertificateKind;
  name: string;
  reference: Generated<string>;
  issued_on: DayOrNull;
  expires_on: DayOrNull;
}

/** Derived: the current level per (employee, competence), kept by triggers (see currentLevelsCte). */
export interface CmpCurrentLevelTable {
  org_id: string;
  employee_id: string;
  competence_id: string;
  level: number;
}

export interface CompetenceTables {
  cmp_competence: CmpCompetenceTable;
  cmp_profile: CmpProfileTable;
  cmp_requirement: CmpRequirementTable;
  cmp_assignment: CmpAssignmentTable;
  cmp_assessment: CmpAssessmentTable;
  cmp_training_link: CmpTrainingLinkTable;
  cmp_plan: CmpPlanTable;
  cmp_plan_action: CmpPlanActionTable;
  cmp_certificate: CmpCertificateTable;
  cmp_current_level: CmpCurrentLevelTable;
}
