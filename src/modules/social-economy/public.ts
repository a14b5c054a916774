/**
 * What other modules may use of social economy (see docs/architecture.md): the placed workers as
 * job-carving's matching reads them, creating a cooperation agreement (a carved function turned into
 * one), the agreements' committed cost per cost centre (for finance), and the KPI figures (kpi-source.ts).
 */
export { type PlacedWorkerProfile, placedWorkerProfiles } from './workers.ts';
export { agreementCostByCentre, createAgreement } from './agreements.ts';
export { type AgreementInput, agreementInput, costByCentre as committedCostByCentre } from './schema.ts';
export { type SeFigures, seFiguresOfYear, socialEconomyFingerprint } from './kpi-source.ts';
export { socialEconomySignals } from './home-source.ts';
