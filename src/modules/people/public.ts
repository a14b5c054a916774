/**
 * What other modules may use of people (see docs/architecture.md). The register's own API is in
 * routes.ts; the figures for the KPIs (kpi-source.ts) are added here by the sociale balans.
 */
export { listEmployees } from './employees.ts';
export { currentOrLast, fteOf, overlaps, runningOn, spellStart } from './logic/contracts.ts';
export { employeeOfUser, requireEmployee } from './queries.ts';
export type { EmployeeSummary } from './schema.ts';
export {
  absenteeismByMonth,
  type HrFigures,
  hrFiguresOfYear,
  type MonthAbsenteeism,
  peopleFingerprint,
} from './kpi-source.ts';
export {
  type EmployeeName,
  employeeCount,
  employeeIn,
  employeeNameOfUser,
  employeesOf,
  type TrainingRef,
  trainingsOf,
} from './directory.ts';
export { type FunctionCost, functionCosts, type RunningContract, runningContracts } from './function-costs.ts';
