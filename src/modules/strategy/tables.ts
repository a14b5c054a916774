import type { ColumnType, Generated } from 'kysely';
import type { StakeholderType, SwotQuadrant, SwotStrategyKind } from './logic/quadrant.ts';

type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;

/** The SWOT of one year. */
export interface StSwotTable {
  id: Generated<string>;
  org_id: string;
  year: number;
  note: Generated<string>;
}
/** A strength, weakness, opportunity or threat with the evidence behind it. */
export interface StSwotItemTable {
  id: Generated<string>;
  org_id: string;
  swot_id: string;
  quadrant: SwotQuadrant;
  text: string;
  evidence: Generated<string>;
  position: Generated<number>;
}
/** A strategy the SWOT leads to (S×O, W×O, S×T, W×T) … */
export interface StSwotStrategyTable {
  id: Generated<string>;
  org_id: string;
  swot_id: string;
  kind: SwotStrategyKind;
  text: string;
}
/** … and the strategic objectives (performance) it feeds. */
export interface StSwotStrategyObjectiveTable {
  org_id: string;
  strategy_id: string;
  objective_id: string;
}
/** A stakeholder of the organisation with power, interest and influence scored 1-5. */
export interface StStakeholderTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  type: StakeholderType;
  power: number;
  interest: number;
  influence: number;
  expectations: Generated<string>;
  value_created: Generated<string>;
  engagement: Generated<string>;
  last_contact: DayOrNull;
}
/** A KPI or a survey linked to a SWOT item (its evidence) or a stakeholder (what measures what they care about). */
export interface StLinkTable {
  org_id: string;
  swot_item_id: string | null;
  stakeholder_id: string | null;
  kpi_id: string | null;
  survey_id: string | null;
}

export interface StrategyTables {
  st_swot: StSwotTable;
  st_swot_item: StSwotItemTable;
  st_swot_strategy: StSwotStrategyTable;
  st_swot_strategy_objective: StSwotStrategyObjectiveTable;
  st_stakeholder: StStakeholderTable;
  st_link: StLinkTable;
}
