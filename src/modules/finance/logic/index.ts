/**
 * Pure domain logic of the finance and cost-price module: chart of accounts, money and dates,
 * ledger import, cost allocation, cost price, scale simulator and key figures. No I/O.
 */
export type { Cents, FileError, FinanceError, Message } from './errors.ts';
export { FinanceLogicError, financeError } from './errors.ts';
export {
  accountClass,
  defaultIncomeType,
  findAccount,
  GOVERNMENT_INCOME_TYPES,
  INCOME_TYPES,
  isCost,
  isRevenue,
  MAR_CHART,
  parseChartCsv,
  unknownAccounts,
} from './chart.ts';
export type { ChartAccount, ChartImport, ImportedAccount, IncomeType } from './chart.ts';
export {
  centsFromEuros,
  formatCentsBe,
  isoFromDate,
  isoFromExcelSerial,
  parseAmount,
  parseDate,
} from '../../../lib/files/cells.ts';
export type { Parsed } from '../../../lib/files/cells.ts';
export { LEDGER_FIELDS, normalizeHeader, planColumns, recognizeHeader } from './ledger-headers.ts';
export type { ColumnPlan, HeaderChoice, LedgerField } from './ledger-headers.ts';
export { MAX_REPORTED_ERRORS, parseLedger, parseLedgerRows } from './ledger-parse.ts';
export type { LedgerLine, LedgerParseOptions, LedgerParseResult } from './ledger-parse.ts';
export { checkBalance, totalsByAccount } from './ledger-totals.ts';
export type { BalanceCheck } from './ledger-totals.ts';
export { splitCents } from './split.ts';
export { centreLabel, validateModel } from './allocation.ts';
export type {
  AllocationError,
  AllocationFlow,
  AllocationKey,
  AllocationOutcome,
  AllocationResult,
  AllocationRule,
  CentreAllocation,
  CostCentre,
  CostModel,
  IgnoredBackflow,
  KeyDriver,
  ServiceUnit,
} from './allocation.ts';
export { stepDown, suggestOrder } from './stepdown.ts';
export type { OrderSuggestion } from './stepdown.ts';
export { reciprocal, solveLinear } from './reciprocal.ts';
export { costPrices, directCostsFromLedger, incomeMix, revenueFromLedger } from './costprice.ts';
export type { CostPriceReport, IncomeMix, RevenueLine, ServiceCostPrice, SignedLedgerLine } from './costprice.ts';
export { compareScenarios, costAt, costPerUnit, curve, optimalScale, stepsNeeded } from './simulator.ts';
export type { CostBehaviour, CostLine, CostPoint, Scenario, ScenarioComparison } from './simulator.ts';
export { FIGURE_NAMES } from './figure-names.ts';
export type { FigureName, NamedFigure } from './figure-names.ts';
export { daysInPeriod, isCreditNatured, keyFigures, naturalTotals } from './key-figures.ts';
export type { AccountTotals, KeyFigure, KeyFigureOptions } from './key-figures.ts';
