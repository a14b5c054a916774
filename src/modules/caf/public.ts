/** What other modules may use of CAF (see docs/architecture.md): its KPI figures and rounds (kpi-source.ts). */
export { cafFingerprint, existingAssessments, finishedRoundScores } from './kpi-source.ts';
