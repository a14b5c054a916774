/**
 * The answers of the clients API as the pages read them (src/modules/clients/*.ts). Points travel
 * as strings with 4 decimals ("21.9000"), money as integer cents, dates as yyyy-mm-dd.
 */
export type Points = string;

export interface ClientSummary {
  id: string;
  name: string;
  birthYear: number | null;
  bValue: number | null;
  pValue: number | null;
  groupId: string | null;
  groupName: string | null;
  /** The following professional: a member's user id. */
  professionalId: string | null;
  professionalName: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export type FundingKind = 'pvb' | 'rth' | 'zorgbudget' | 'other';
export type SpendingForm = 'voucher' | 'cash' | 'combination';

export interface StartRule {
  status: 'ok' | 'near' | 'passed';
  deadline: string;
  daysLeft: number;
  started: boolean;
  /** The day the person falls back to priority group 3 if the budget has not started by the deadline. */
  fallbackOn: string;
  fellBack: boolean;
}

/** What a person receives from funding in a year (cash part of a PVB, its free-to-spend part, zorgbudget). */
export interface FundingIncome {
  cashPoints: Points;
  cashCents: number;
  freeToSpendCents: number;
  zorgbudgetCents: number;
}

export interface Funding {
  id: string;
  kind: FundingKind;
  category: number | null;
  form: SpendingForm | null;
  voucherPoints: Points | null;
  madeAvailableOn: string | null;
  startDate: string | null;
  endDate: string | null;
  volunteers: boolean;
  note: string;
  startRule: StartRule | null;
  voucherPointsThisYear: Points | null;
  /** The old-scheme category (I-XII) the budget was entered with, converted to `category`. */
  oldCategory: string | null;
  /** Absent for a role that gets no euro amounts (VIEW_RULES). */
  incomeThisYear?: FundingIncome;
}

export type Per = 'week' | 'month' | 'year';

export interface Agreement {
  id: string;
  functionCode: string;
  count: number;
  per: Per;
  pricePoints: Points;
  startDate: string;
  endDate: string | null;
  /** Left out for a role that gets no euro amounts (begeleider). */
  livingCostsCents?: number | null;
  livingCostsPer?: 'day' | 'month' | null;
  pointsThisYear: Points;
}

export interface ClientDetail extends Omit<ClientSummary, 'groupName' | 'professionalName'> {
  contactPerson: string | null;
  funding: Funding[];
  agreements: Agreement[];
  budget: { year: number; availableVoucherPoints: Points; committedPoints: Points; leftPoints: Points };
  /** Absent for a role that gets no euro amounts (VIEW_RULES). */
  income?: FundingIncome & { year: number };
}

export type Unit = 'day' | 'night' | 'hour' | 'session' | 'unit';
export type RthUnitType = 'ambulant' | 'mobile' | 'begeleid_werken' | 'group' | 'day' | 'night';

export interface SupportFunction {
  id: string;
  code: string;
  name: string;
  unit: Unit;
  kind: 'pvf' | 'rth';
  rthUnitType: RthUnitType | null;
  prices: { validFrom: string; validTo: string | null; points: Points; euroCents: number }[];
}

export interface Group {
  id: string;
  name: string;
  location: string;
  /** The members who work in the group (a begeleider sees the clients of their groups). */
  members: { userId: string; name: string }[];
}

export interface Offer {
  functions: SupportFunction[];
  groups: Group[];
}

export interface GridRow {
  code: string;
  name: string;
  unit: Unit;
  kind: 'pvf' | 'rth';
  planned: Record<string, number>;
  registered: Record<string, number>;
}

export interface WeekGrid {
  start: string;
  days: string[];
  /** The months of this week whose statement is issued: a change there needs a reason. */
  issuedMonths: string[];
  clients: { id: string; name: string; functions: GridRow[] }[];
}

export interface Cell {
  clientId: string;
  functionCode: string;
  date: string;
  units: number;
  reason?: string;
}

export interface ConsumptionWarning {
  code: 'runs_out' | 'under_use';
  nl: string;
  en: string;
  date?: string;
  percent?: number;
}

export interface ConsumptionRow {
  clientId: string;
  clientName: string;
  groupId: string | null;
  function: string;
  agreed: Points;
  delivered: Points;
  remaining: Points;
  projected: Points;
  roomToHelp: Points;
  runOutDate: string | null;
  warnings: ConsumptionWarning[];
}

export type FundingType = 'voucher' | 'cash' | 'rth' | 'other';

/** Points in the statement document are ten-thousandths (integers). */
export interface CareLine {
  month: string;
  clientId: string;
  function: string;
  funding: FundingType;
  units: number;
  pointsE4: number;
  cents: number;
  organisationE4: number;
  organisationCents: number;
  totalCents: number;
  correction?: boolean;
  /** Units and points per applied price (absent on statements issued before prices were recorded). */
  prices?: { priceE4: number | null; source: 'agreement' | 'offer' | 'rth' | null; units: number; pointsE4: number }[];
}

export interface LivingLine {
  clientId: string;
  label: string;
  tariffCents: number;
  per: 'day' | 'month';
  quantity: number;
  totalCents: number;
}

export interface Statement {
  month: string;
  centsPerPoint: number;
  careLines: CareLine[];
  corrections: CareLine[];
  livingLines: LivingLine[];
  totalsByFunding: Record<FundingType, { pointsE4: number; organisationE4: number; cents: number }>;
  livingTotalCents: number;
  totalCents: number;
}

export interface StatementAnswer {
  issued: boolean;
  id: string | null;
  statement: Statement;
}

export interface ForecastMonth {
  month: string;
  agreementCents: number;
  incomeP10: number;
  incomeP50: number;
  incomeP90: number;
  fteP10: number;
  fteP50: number;
  fteP90: number;
}

export interface Forecast {
  startMonth: string;
  runs: number;
  seed: number;
  leaveProbability: number;
  history: { leavers: number; clientMonths: number; probability: number };
  costPerFteCents: number;
  clients: number;
  waiting: number;
  months: ForecastMonth[];
}

export type RequestStatus = 'waiting' | 'offered' | 'started' | 'withdrawn';

export interface WaitingRequest {
  id: string;
  reference: string;
  priorityGroup: 1 | 2 | 3;
  requestDate: string;
  decisionDate: string | null;
  needs: { function: string; unitsPerWeek: number }[];
  status: RequestStatus;
  intensity: string;
}

export interface GroupSummary {
  group: 1 | 2 | 3 | null;
  count: number;
  longestDays: number | null;
  medianDays: number | null;
  longestText: { nl: string; en: string } | null;
}

export interface WaitingList {
  items: WaitingRequest[];
  summary: { groups: GroupSummary[]; all: GroupSummary; byStatus: Record<RequestStatus, number>; fellBack: number };
  servable: {
    served: string[];
    notServed: { id: string; short: { function: string; neededPerWeek: number; freePerWeek: number }[] }[];
    remainingCapacity: Record<string, number>;
  };
  /** Budgets made available but not started, with the 4-month start rule. */
  budgetStarts: BudgetStart[];
}

export interface BudgetStart {
  fundingId: string;
  clientId: string;
  clientName: string;
  category: number | null;
  madeAvailableOn: string;
  status: 'ok' | 'near' | 'passed';
  deadline: string;
  daysLeft: number;
  fallbackOn: string;
  fellBack: boolean;
  priorityGroup: 3 | null;
}

export type RuleTable =
  | 'budgetCategories'
  | 'oldCategoryMap'
  | 'pointValue'
  | 'rthPoints'
  | 'rthCap'
  | 'rthContribution'
  | 'organisationRate'
  | 'zorgbudget'
  | 'cashFree'
  | 'startLimit';

export interface Rule {
  id: string;
  table: RuleTable;
  validFrom: string;
  validTo: string | null;
  data: Record<string, unknown>;
  example: boolean;
  source: string | null;
}
