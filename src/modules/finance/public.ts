/**
 * What other modules may use of finance (see docs/architecture.md, "Modules publish, others consume"):
 * the KPI figures (kpi-source.ts), the key figures and cost price of a year, the cost of one FTE (for the
 * clients' capacity), and the names of the figures.
 */
export { financeFingerprint, ledgerYears, personnelCostPerFte, socialBalanceLedger } from './kpi-source.ts';
export { costPriceReport } from './costing.ts';
export { keyFiguresOfYear } from './planning.ts';
export { FIGURE_NAMES, type NamedFigure } from './logic/figure-names.ts';
export { coverageSignal, type CoverageSignal } from './home-source.ts';
