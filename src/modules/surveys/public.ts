/** What other modules may use of surveys (see docs/architecture.md): its KPI figures (kpi-source.ts). */
export { type SurveyFigure, surveyFigures, surveysFingerprint } from './kpi-source.ts';
export { type SurveyRef, surveyRefs } from './refs.ts';
