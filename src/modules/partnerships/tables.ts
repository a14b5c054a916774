import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  AssessmentContent,
  Decision,
  Hybridisation,
  OpportunityScore,
  PrincipleNote,
  RiskScore,
  Sphere,
  Stage,
} from './logic/model.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T extends object> = JSONColumnType<T, string, string>;

/** A hybridisation assessment of a partnership; `version` counts the versions kept since it was decided. */
export interface PaAssessmentTable {
  id: Generated<string>;
  org_id: string;
  partner: string;
  sphere: Sphere;
  hybridisation: Hybridisation;
  stage: Stage;
  purpose: Generated<string>;
  risks: Json<RiskScore[]>;
  opportunities: Json<OpportunityScore[]>;
  principles: Json<PrincipleNote[]>;
  decision: Decision | null;
  conditions: Generated<string>;
  decided_by: string | null;
  decided_on: DayOrNull;
  review_on: DayOrNull;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
/** One kept version of a decided assessment (`decidedBy` in the content is the decider's name). */
export interface PaAssessmentVersionTable {
  id: Generated<string>;
  org_id: string;
  assessment_id: string;
  version: number;
  saved_at: Timestamp;
  saved_by: string | null;
  content: Json<AssessmentContent>;
}
/** An innovation project and its (often temporary) funding. */
export interface PaProjectTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  funder: Generated<string>;
  amount_cents: ColumnType<number, number | undefined, number>;
  funding_start: DayOrNull;
  funding_end: DayOrNull;
  results: Generated<string>;
  continuation_plan: Generated<string>;
}
/** A strategic objective (of performance's strategy map) a project serves. */
export interface PaProjectObjectiveTable {
  org_id: string;
  project_id: string;
  objective_id: string;
}

export interface PartnershipTables {
  pa_assessment: PaAssessmentTable;
  pa_assessment_version: PaAssessmentVersionTable;
  pa_project: PaProjectTable;
  pa_project_objective: PaProjectObjectiveTable;
}
