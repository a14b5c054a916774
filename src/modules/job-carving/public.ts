/**
 * What other modules may use of job-carving (see docs/architecture.md): the hours freed for care by
 * realised proposals (performance's computed KPI, the social-economy report) and their fingerprint.
 */
export { type FreedHours, freedHoursOfYear, jobCarvingFingerprint } from './kpi-source.ts';
export { proposalEffect } from './logic/calc.ts';
