/** The colours of the risk bands and the funding states, shared by the partnership pages. */
import type { FundingState, RiskLevel } from '../../../modules/partnerships/logic/index.ts';

export const LEVEL_COLOR: Record<RiskLevel, string> = { low: 'green', medium: 'yellow', high: 'red' };
export const STATE_COLOR: Record<FundingState, string> = {
  open: 'gray',
  no_end: 'gray',
  planned: 'teal',
  warning: 'orange',
  ended_without_plan: 'red',
  ended: 'gray',
};
/** The cell fills of the heat map (light, so dark text stays readable). */
export const LEVEL_FILL: Record<RiskLevel, string> = { low: '#cfe8d5', medium: '#f6dd9c', high: '#eaa49f' };
