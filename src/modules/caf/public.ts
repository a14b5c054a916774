/** What other modules may use of CAF (see docs/architecture.md): its KPI figures and rounds (kpi-source.ts). */
export { cafFingerprint, existingAssessments, finishedRoundScores } from './kpi-source.ts';
/** The CAF 2020 subcriteria, for modules that link to them (the handbook). */
export { SUBCRITERIA, subcriterionLabel } from './model.ts';
