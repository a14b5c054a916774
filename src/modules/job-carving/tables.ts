import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CostBasis, LanguageLevel, TimeOfDay } from './logic/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
/** numeric comes back as text from both drivers; convert where it is read. */
type Numeric = ColumnType<string, number | string, number | string>;
/** bigint comes back as text too. */
type CentsOrNull = ColumnType<string | null, number | string | null | undefined, number | string | null>;
type IdList = JSONColumnType<string[], string | undefined, string>;

/** A role (function) of the organisation whose tasks are inventoried; certified roles hold a care certificate. */
export interface JcRoleTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  certified: Generated<boolean>;
  /** Yearly cost per FTE typed in; null takes it from the people module's contracts of the same function. */
  cost_per_fte_cents: CentsOrNull;
}
export interface JcTaskTable {
  id: Generated<string>;
  org_id: string;
  role_id: string;
  name: string;
  hours_per_week: Numeric;
  needs_certificate: Generated<boolean>;
  client_contact: Generated<boolean>;
  time_of_day: ColumnType<TimeOfDay, TimeOfDay | undefined, TimeOfDay>;
  competence_ids: IdList;
  language_level: ColumnType<LanguageLevel, LanguageLevel | undefined, LanguageLevel>;
  position: Generated<number>;
}
export interface JcProposalTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  function_name: string;
  target_hours: Numeric;
  cost_basis: ColumnType<CostBasis, CostBasis | undefined, CostBasis>;
  cost_per_fte_cents: CentsOrNull;
  price_per_hour_cents: CentsOrNull;
  task_ids: IdList;
  talents: IdList;
  /** The social-economy cooperation agreement this proposal became, if any. */
  agreement_id: string | null;
  /** The day it became a vacancy or an agreement: from then on its hours freed for care count. */
  realised_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}
/** Someone outside the organisation who could fill a carved function (an applicant, a referral). */
export interface JcCandidateTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  competence_ids: IdList;
  talents: IdList;
  language_level: ColumnType<LanguageLevel, LanguageLevel | undefined, LanguageLevel>;
  hours_available: Numeric;
  note: Generated<string>;
}
export interface JcVacancyTable {
  id: Generated<string>;
  org_id: string;
  proposal_id: string | null;
  title: string;
  hours_per_week: Numeric;
  opened_on: Day;
  status: ColumnType<
    'open' | 'filled' | 'closed',
    'open' | 'filled' | 'closed' | undefined,
    'open' | 'filled' | 'closed'
  >;
}

export interface JobCarvingTables {
  jc_role: JcRoleTable;
  jc_task: JcTaskTable;
  jc_proposal: JcProposalTable;
  jc_candidate: JcCandidateTable;
  jc_vacancy: JcVacancyTable;
}
