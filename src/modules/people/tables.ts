import type { ColumnType, Generated } from 'kysely';
import type {
  AbsenceKind,
  Category,
  ContractType,
  Education,
  ExitReason,
  ExternalKind,
  Sex,
  TrainingKind,
} from './logic/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
/** numeric comes back as text from both drivers; convert where it is read. */
type Numeric = ColumnType<string, number | string, number | string>;
type Cents = ColumnType<number, number | string, number | string>;
type CentsDefault = ColumnType<number, number | string | undefined, number | string>;

export interface PplEmployeeTable {
  id: Generated<string>;
  org_id: string;
  /** The payroll provider's employee number: the key an import matches on. */
  external_ref: string | null;
  first_name: string;
  last_name: string;
  sex: Sex;
  birth_year: number | null;
  education: Education | null;
  /** The member account of this person, for self-service (own profile, own development plan). */
  user_id: string | null;
  created_at: Timestamp;
}
export interface PplContractTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  starts_on: Day;
  ends_on: DayOrNull;
  contract_type: ContractType;
  weekly_hours: Numeric;
  full_time_hours: ColumnType<string, number | string | undefined, number | string>;
  category: Category;
  joint_committee: Generated<string>;
  function_title: Generated<string>;
  monthly_cost_cents: CentsDefault;
  /** Set on the last contract of an employment spell: why the person left. */
  exit_reason: ExitReason | null;
}
/** What the payroll provider reports per person and month. */
export interface PplPayrollMonthTable {
  org_id: string;
  employee_id: string;
  /** First day of the month. */
  month: Day;
  hours_worked: Numeric;
  cost_cents: Cents;
  benefits_cents: CentsDefault;
}
/** The payroll import's memory: a provider's column name → the field it was mapped to (or 'ignore'). */
export interface PplPayrollMappingTable {
  org_id: string;
  source: string;
  target: string;
}

export interface PplAbsenceTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  kind: AbsenceKind;
  starts_on: Day;
  ends_on: Day;
  hours: Numeric;
  note: Generated<string>;
}
export interface PplTrainingTable {
  id: Generated<string>;
  org_id: string;
  employee_id: string;
  kind: TrainingKind;
  title: string;
  held_on: Day;
  hours: Numeric;
  gross_cost_cents: CentsDefault;
  subsidy_cents: CentsDefault;
  fund_contribution_cents: CentsDefault;
}
/** Temporary agency workers and persons placed at the organisation's disposal (account 617). */
export interface PplExternalTable {
  id: Generated<string>;
  org_id: string;
  kind: ExternalKind;
  description: string;
  starts_on: Day;
  ends_on: Day;
  fte: ColumnType<string, number | string | undefined, number | string>;
  hours: Numeric;
  cost_cents: Cents;
}
export interface PplVolunteerTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  tasks: Generated<string>;
  starts_on: Day;
  ends_on: DayOrNull;
  insured: Generated<boolean>;
  insurance_ref: Generated<string>;
}
export interface PplVolunteerActivityTable {
  id: Generated<string>;
  org_id: string;
  volunteer_id: string;
  month: Day;
  hours: Numeric;
  expenses_cents: CentsDefault;
}

export interface PeopleTables {
  ppl_employee: PplEmployeeTable;
  ppl_contract: PplContractTable;
  ppl_payroll_month: PplPayrollMonthTable;
  ppl_payroll_mapping: PplPayrollMappingTable;
  ppl_absence: PplAbsenceTable;
  ppl_training: PplTrainingTable;
  ppl_external: PplExternalTable;
  ppl_volunteer: PplVolunteerTable;
  ppl_volunteer_activity: PplVolunteerActivityTable;
}
