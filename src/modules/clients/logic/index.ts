/**
 * Pure domain logic of the clients and person-following budgets module (DOMAIN.md §3): rule
 * tables, points, IDO agreements, the start rule, RTH, consumption, statements, the income
 * forecast and the waiting list. No I/O.
 *
 * Representations:
 * - points: `PointsE4`, integer ten-thousandths of a point (7.75 points = 77_500), so sums are
 *   exact; prices, budgets and registrations all carry points this way. Products with a fractional
 *   number of units (prorated weeks) are rounded half away from zero to 0.0001 point.
 * - money: integer euro cents (`Cents`); points → cents rounds half away from zero to the cent.
 * - dates: ISO `yyyy-mm-dd` strings (`IsoDate`), months `yyyy-mm` (`IsoMonth`); periods are
 *   inclusive of both ends; no time zones.
 * - rule figures: rows with `validFrom` / optional `validTo` in a `RuleSet` (seed: `RULE_SEED`);
 *   functions that need a figure take the rule set, never a constant.
 * - user-facing errors: `{ code, nl, en }` (plus numbers where useful); misuse throws
 *   `ClientsLogicError` carrying the same shape.
 */
export type { Cents, ClientsError, Message, Parsed } from './errors.ts';
export { ClientsLogicError, clientsError } from './errors.ts';
export {
  addDays,
  addMonths,
  addMonthsToMonth,
  daysBetween,
  daysInMonth,
  daysInYear,
  isIsoDate,
  monthBounds,
  overlapDays,
  yearsAndMonths,
} from './dates.ts';
export type { IsoDate, IsoMonth } from './dates.ts';
export {
  divideRounded,
  E4,
  formatCents,
  formatNumber,
  formatPoints,
  ORGANISATION_RATE_E4,
  organisationPoints,
  parsePoints,
  points,
  pointsToCents,
  roundHalfAway,
  sumPoints,
  unitsTimesPrice,
} from './points.ts';
export type { Lang, PointsE4 } from './points.ts';
export {
  cashFreeToSpend,
  categoryMaxPoints,
  newCategoryOf,
  pointValueAt,
  RULE_SEED,
  ruleAt,
  zorgbudgetCents,
} from './rules.ts';
export type {
  BudgetCategoryRow,
  CashFreeRow,
  OldCategoryMapRow,
  OrganisationRateRow,
  PointValueRow,
  RthCapRow,
  RthContributionKind,
  RthContributionRow,
  RthPointsRow,
  RthUnitType,
  RuleSet,
  RuleTable,
  StartLimitRow,
  Validity,
  ZorgbudgetRow,
} from './rules.ts';
export {
  availableVoucherPoints,
  checkAgreementFits,
  committedLines,
  committedPoints,
  explainLine,
  linePoints,
  periodsInRange,
  SUPPORT_FUNCTIONS,
  unitsInPeriod,
  validateAgreementLine,
} from './agreements.ts';
export type {
  AgreementFit,
  AgreementLine,
  CommittedLine,
  ExceedsBudgetError,
  FrequencyPer,
  PvbFunding,
  UnitKind,
} from './agreements.ts';
export { startRuleStatus } from './start-rule.ts';
export { clientIncome, fundingIncome } from './funding-income.ts';
export type { FundingIncome, FundingRecord } from './funding-income.ts';
export type { StartRuleResult, StartStatus } from './start-rule.ts';
export { checkRthRegistration, rthCap, rthContribution, rthPoints, rthUnitPoints, rthUsedPoints } from './rth.ts';
export type { RthCapError, RthCheck, RthRegistration } from './rth.ts';
export { consumption, consumptionByClient } from './consumption.ts';
export type {
  ClientConsumption,
  ConsumptionOptions,
  ConsumptionRow,
  ConsumptionWarning,
  Registration,
} from './consumption.ts';
export { validateRegistrations } from './registrations.ts';
export type { FundingPeriod, RegistrationProblem } from './registrations.ts';
export { buildStatement, careLines, correctionLines, FUNDING_TYPES, livingLine, mergePrices } from './statements.ts';
export { priceOnDate, valueRegistration } from './valuation.ts';
export type { PricePeriod, PriceSource, Valuation, ValuationBasis } from './valuation.ts';
export type {
  AppliedPrice,
  CareLine,
  FundingTotal,
  FundingType,
  LivingCostItem,
  LivingLine,
  Statement,
  StatementInput,
  StatementRegistration,
} from './statements.ts';
export { agreementMonthlyIncome, estimateLeaveProbability, forecastIncome } from './forecast.ts';
export type { ClientStay, ForecastClient, ForecastInflow, ForecastInput, ForecastMonth } from './forecast.ts';
export { mulberry32, poisson } from './random.ts';
export { durationText, priorityOrder, servable, waitingListSummary } from './waiting-list.ts';
export type {
  GroupSummary,
  Need,
  PriorityGroup,
  RequestStatus,
  Servable,
  UnservedRequest,
  WaitingListSummary,
  WaitingRequest,
} from './waiting-list.ts';
