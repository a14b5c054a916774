import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date columns come back as 'yyyy-mm-dd' text (see server/db.ts). */
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
type Numeric = ColumnType<string, number | string, number | string>;

/** The Balanced Scorecard perspectives of a non-profit, top to bottom on a map: the mission first (Kaplan 2001). */
export const PERSPECTIVES = ['mission', 'clients', 'financial', 'processes', 'learning'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export type KpiUnit = 'percent' | 'euro' | 'count' | 'days' | 'ratio' | 'score' | 'hours' | 'points' | 'fte';
export type Frequency = 'month' | 'quarter' | 'year';
export type ValueSource = 'manual' | 'import' | 'computed';
export type ActionStatus = 'plan' | 'do' | 'check' | 'act' | 'done';

export interface KpiTable {
  id: Generated<string>;
  org_id: string;
  code: string;
  name_nl: string;
  name_en: Generated<string>;
  definition_nl: Generated<string>;
  definition_en: Generated<string>;
  unit: KpiUnit;
  decimals: Generated<number>;
  direction: 'up' | 'down';
  frequency: Frequency;
  owner_id: string | null;
  source: ValueSource;
  formula: string | null;
  perspective: Perspective;
  caf_criterion: number | null;
  mape: 'means' | 'activities' | 'output' | 'outcome' | null;
  value_min: Numeric | null;
  value_max: Numeric | null;
  archived: Generated<boolean>;
  created_at: Timestamp;
}
export interface KpiValueTable {
  id: Generated<string>;
  org_id: string;
  kpi_id: string;
  period: string;
  value: Numeric;
  source: ValueSource;
  computation: JSONColumnType<Record<string, unknown>, string | null, string | null> | null;
  note: Generated<string>;
  entered_by: string | null;
  updated_at: Timestamp;
}
export interface KpiTargetTable {
  id: Generated<string>;
  org_id: string;
  kpi_id: string;
  valid_from: Day;
  valid_to: DayOrNull;
  target: Numeric;
  red_threshold: Numeric;
}

export interface KpiComputeStateTable {
  org_id: string;
  fingerprint: string;
  computed_at: Timestamp;
}

export interface PerfStrategyTable {
  org_id: string;
  mission: Generated<string>;
  vision: Generated<string>;
  values: Generated<string>;
  updated_at: Timestamp;
}
/** The three texts at the top of the map whose every change is kept. */
export const STATEMENT_FIELDS = ['mission', 'vision', 'values'] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];
/** One change of the mission, vision or values: who changed it, when, and the text before and after. */
export interface PerfStrategyHistoryTable {
  id: Generated<string>;
  org_id: string;
  field: StatementField;
  before: string;
  after: string;
  changed_by: string | null;
  changed_at: Timestamp;
}
export interface PerfObjectiveTable {
  id: Generated<string>;
  org_id: string;
  perspective: Perspective;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
  owner_id: string | null;
  due_date: DayOrNull;
  /** The people, money or means the objective counts on (for the "realistic" part of SMART). */
  resources: Generated<string>;
}
/** The improvement actions that carry out an objective. */
export interface PerfObjectiveActionTable {
  org_id: string;
  objective_id: string;
  action_id: string;
}
export interface PerfObjectiveLinkTable {
  org_id: string;
  from_id: string;
  to_id: string;
}
export interface PerfObjectiveKpiTable {
  org_id: string;
  objective_id: string;
  kpi_id: string;
}
export interface PerfActionTable {
  id: Generated<string>;
  org_id: string;
  title: string;
  description: Generated<string>;
  owner_id: string | null;
  due_date: DayOrNull;
  status: Generated<ActionStatus>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  done_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Where the action came from: a complaint (its id), or nothing. */
  origin_kind: Generated<'complaint' | null>;
  origin_id: Generated<string | null>;
}
export interface PerfActionKpiTable {
  org_id: string;
  action_id: string;
  kpi_id: string;
}
export interface PerfActionCafTable {
  org_id: string;
  action_id: string;
  subcriterion: string;
  assessment_id: string | null;
}
export interface PerfActionNoteTable {
  id: Generated<string>;
  org_id: string;
  action_id: string;
  body: string;
  status: ActionStatus;
  author_id: string | null;
  created_at: Timestamp;
}

export interface PerformanceTables {
  kpi: KpiTable;
  kpi_value: KpiValueTable;
  kpi_target: KpiTargetTable;
  kpi_compute_state: KpiComputeStateTable;
  perf_strategy: PerfStrategyTable;
  perf_strategy_history: PerfStrategyHistoryTable;
  perf_objective_action: PerfObjectiveActionTable;
  perf_objective: PerfObjectiveTable;
  perf_objective_link: PerfObjectiveLinkTable;
  perf_objective_kpi: PerfObjectiveKpiTable;
  perf_action: PerfActionTable;
  perf_action_kpi: PerfActionKpiTable;
  perf_action_caf: PerfActionCafTable;
  perf_action_note: PerfActionNoteTable;
}
