/**
 * One name and one formula for each financial figure that can be read two ways, used by the key
 * figures, the cost-price page and report, the KPIs and the exports, so two different figures never
 * share a name: subsidies only vs all government money (with PVF), solvency before vs after the
 * year's result, cash-days without vs with the investments of classes 50-53.
 */
import type { Message } from './errors.ts';
import { msg } from '../messages.ts';

export interface FigureName {
  name: Message;
  formula: Message;
}

export const FIGURE_NAMES = {
  subsidy_dependency: {
    name: msg('subsidy_dependency_subsidies_only'),
    formula: msg('subsidies_total_revenues_class'),
  },
  government_share: {
    name: msg('share_government_money_subsidies'),
    formula: msg('subsidies_pvf_voucher_pvf'),
  },
  solvency: {
    name: msg('solvency_before_years_result'),
    formula: msg('equity_total_equity_liabilities'),
  },
  solvency_after_result: {
    name: msg('solvency_after_years_result'),
    formula: msg('equity_result_total_equity'),
  },
  cash_days: {
    name: msg('cash_days_without_investments'),
    formula: msg('cash_costs_without_depreciation'),
  },
  cash_days_with_investments: {
    name: msg('cash_days_investments'),
    formula: msg('investments_cash_costs_without'),
  },
} as const satisfies Record<string, FigureName>;

export type NamedFigure = keyof typeof FIGURE_NAMES;
