/**
 * What other modules may use of complaints (see docs/architecture.md): its KPI figures
 * (kpi-source.ts) and whether a complaint exists (performance links an improvement action to it).
 */
export { complaintDates, complaintFigures, complaintsFingerprint, type HandlingDates } from './kpi-source.ts';
export { complaintForAction } from './complaints.ts';
