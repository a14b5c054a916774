import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { GoalStatus, HourKind, Outcome, PartnerKind, Phase, PriceUnit, ScopeUnit } from './logic/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
/** numeric columns come back as text; read them with Number(). */
type Numeric = ColumnType<string, number | string, number | string>;
type NumericOrNull = ColumnType<string | null, number | string | null | undefined, number | string | null>;

/** A social-economy partner enterprise (maatwerkbedrijf, LDE, arbeidszorg, OCMW/art. 60, other). */
export interface SePartnerTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  kind: PartnerKind;
  kbo: Generated<string>;
  address: Generated<string>;
  notes: Generated<string>;
  created_at: Timestamp;
}
export interface SeContactTable {
  id: Generated<string>;
  org_id: string;
  partner_id: string;
  name: string;
  function: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
}
/** A member with the `partner` role and the one enterprise whose workers and agreements they see. */
export interface SePartnerMemberTable {
  org_id: string;
  user_id: string;
  partner_id: string;
}
/** A cooperation agreement (phase 1): the worker stays with the partner and works here. */
export interface SeAgreementTable {
  id: Generated<string>;
  org_id: string;
  partner_id: string;
  title: string;
  content: Generated<string>;
  tasks: Generated<string>;
  scope_unit: ScopeUnit;
  scope_amount: Numeric;
  start_on: Day;
  end_on: DayOrNull;
  evaluation_on: DayOrNull;
  price_unit: PriceUnit;
  /** After subsidy, per hour or per FTE and year. */
  price_cents: number;
  coaching_hours_per_month: ColumnType<string, number | string | undefined, number | string>;
  training_hours_per_year: ColumnType<string, number | string | undefined, number | string>;
  coach: Generated<string>;
  conditions: Generated<string>;
  /** The finance cost centre (code of the cost model) that carries the yearly cost. */
  cost_centre: Generated<string>;
  created_at: Timestamp;
}
/** A dated amendment: from `effective_on` the scope, price or end date given replace the earlier ones. */
export interface SeAmendmentTable {
  id: Generated<string>;
  org_id: string;
  agreement_id: string;
  effective_on: Day;
  description: string;
  scope_amount: NumericOrNull;
  price_cents: number | null;
  end_on: DayOrNull;
  created_at: Timestamp;
}
export interface SeWorkerTable {
  id: Generated<string>;
  org_id: string;
  partner_id: string;
  agreement_id: string | null;
  name: string;
  tasks: Generated<string>;
  language_level: string | null;
  talents: JSONColumnType<string[], string | undefined, string>;
  hours_per_week: NumericOrNull;
  placed_on: DayOrNull;
  left_on: DayOrNull;
  /** First day of the insertion path in the LDE: the transition deadline counts from here. */
  lde_start_on: DayOrNull;
  deadline_exception: Generated<boolean>;
  created_at: Timestamp;
}
/** A goal of the worker's personal development plan (POP). */
export interface SeGoalTable {
  id: Generated<string>;
  org_id: string;
  worker_id: string;
  description: string;
  due_on: DayOrNull;
  status: ColumnType<GoalStatus, GoalStatus | undefined, GoalStatus>;
}
export interface SeEvaluationTable {
  id: Generated<string>;
  org_id: string;
  worker_id: string;
  evaluated_on: Day;
  score: number | null;
  summary: string;
  evaluated_by: string | null;
  created_at: Timestamp;
}
/** A transition trajectory (phase 2, doorstroomtraject). */
export interface SeTrajectoryTable {
  id: Generated<string>;
  org_id: string;
  worker_id: string;
  started_on: Day;
  outcome: Outcome | null;
  outcome_on: DayOrNull;
  note: Generated<string>;
  created_at: Timestamp;
}
/** When a trajectory entered a phase; a phase ends when the next starts or the outcome is set. */
export interface SeTrajectoryPhaseTable {
  org_id: string;
  trajectory_id: string;
  phase: Phase;
  started_on: Day;
}
/** Hours worked or coached; coaching within a trajectory names its phase. */
export interface SeHoursTable {
  id: Generated<string>;
  org_id: string;
  worker_id: string;
  kind: HourKind;
  worked_on: Day;
  hours: Numeric;
  trajectory_id: string | null;
  phase: Phase | null;
  note: Generated<string>;
  logged_by: string | null;
  created_at: Timestamp;
}
/** The funding per trajectory, by validity dates (about € 4.200, DOMAIN.md §6). */
export interface SeFundingRuleTable {
  id: Generated<string>;
  org_id: string;
  valid_from: Day;
  valid_to: DayOrNull;
  amount_cents: number;
  note: Generated<string>;
}

export interface SocialEconomyTables {
  se_partner: SePartnerTable;
  se_contact: SeContactTable;
  se_partner_member: SePartnerMemberTable;
  se_agreement: SeAgreementTable;
  se_amendment: SeAmendmentTable;
  se_worker: SeWorkerTable;
  se_goal: SeGoalTable;
  se_evaluation: SeEvaluationTable;
  se_trajectory: SeTrajectoryTable;
  se_trajectory_phase: SeTrajectoryPhaseTable;
  se_hours: SeHoursTable;
  se_funding_rule: SeFundingRuleTable;
}
