import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
type Big = ColumnType<number, number | string, number | string>;
type Numeric = ColumnType<string, number | string, number | string>;

export interface ClRuleTable {
  id: Generated<string>;
  org_id: string;
  rule_table: string;
  valid_from: Day;
  valid_to: DayOrNull;
  data: JSONColumnType<Record<string, unknown>, string, string>;
  example: Generated<boolean>;
  source: string | null;
}
export interface ClGroupTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  location: Generated<string>;
}
/** A member who works in a group: a begeleider sees the clients of their groups. */
export interface ClGroupMemberTable {
  org_id: string;
  group_id: string;
  user_id: string;
}
export interface ClFunctionTable {
  id: Generated<string>;
  org_id: string;
  code: string;
  name: string;
  unit: string;
  kind: 'pvf' | 'rth';
  rth_unit_type: string | null;
}
export interface ClFunctionPriceTable {
  id: Generated<string>;
  org_id: string;
  function_id: string;
  valid_from: Day;
  valid_to: DayOrNull;
  points_e4: Big;
}
export interface ClClientTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  birth_year: number | null;
  contact_person: Generated<string>;
  b_value: number | null;
  p_value: number | null;
  group_id: string | null;
  professional_id: string | null;
  started_on: DayOrNull;
  ended_on: DayOrNull;
  created_at: Timestamp;
}
export interface ClFundingTable {
  id: Generated<string>;
  org_id: string;
  client_id: string;
  kind: 'pvb' | 'rth' | 'zorgbudget' | 'other';
  category: number | null;
  form: 'voucher' | 'cash' | 'combination' | null;
  voucher_points_e4: Big | null;
  made_available_on: DayOrNull;
  start_date: DayOrNull;
  end_date: DayOrNull;
  volunteers: Generated<boolean>;
  note: Generated<string>;
  old_category: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface ClAgreementTable {
  id: Generated<string>;
  org_id: string;
  client_id: string;
  function_code: string;
  count: Numeric;
  per: 'week' | 'month' | 'year';
  price_points_e4: Big;
  start_date: Day;
  end_date: DayOrNull;
  living_costs_cents: Big | null;
  living_costs_per: 'day' | 'month' | null;
  created_at: Timestamp;
}
export interface ClRegistrationTable {
  id: Generated<string>;
  org_id: string;
  client_id: string;
  function_code: string;
  date: Day;
  units: Numeric;
  points_e4: Big;
  funding_type: string;
  registered_by: string | null;
  reason: string | null;
  updated_at: Timestamp;
  /** The price per unit the points were valued at, and where it came from (see valuation.ts). */
  price_e4: ColumnType<number | null, number | string | null | undefined, number | string | null>;
  price_source: ColumnType<'agreement' | 'offer' | 'rth' | null, string | null | undefined, string | null>;
}
export interface ClStatementTable {
  id: Generated<string>;
  org_id: string;
  month: string;
  issued_at: Timestamp;
  issued_by: string | null;
  doc: JSONColumnType<Record<string, unknown>, string, string>;
}
export interface ClWaitingRequestTable {
  id: Generated<string>;
  org_id: string;
  reference: string;
  priority_group: number;
  requested_on: Day;
  decided_on: DayOrNull;
  needs: JSONColumnType<{ function: string; unitsPerWeek: number }[], string, string>;
  intensity: Generated<string>;
  status: 'waiting' | 'offered' | 'started' | 'withdrawn';
  updated_at: Timestamp;
}

export interface ClientTables {
  cl_rule: ClRuleTable;
  cl_group: ClGroupTable;
  cl_group_member: ClGroupMemberTable;
  cl_function: ClFunctionTable;
  cl_function_price: ClFunctionPriceTable;
  cl_client: ClClientTable;
  cl_funding: ClFundingTable;
  cl_agreement: ClAgreementTable;
  cl_registration: ClRegistrationTable;
  cl_statement: ClStatementTable;
  cl_waiting_request: ClWaitingRequestTable;
}
