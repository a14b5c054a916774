/**
 * What other modules may use of performance (see docs/architecture.md): improvement actions (CAF turns
 * an improvement point into one and lists those of a round) and the starter set of KPIs.
 */
export { actionsOfAssessment, createAction } from './actions.ts';
export { STARTER_SET } from './starter.ts';
export { kpiSignals } from './home-source.ts';
export { type KpiLinkRef, kpiRefs, type ObjectiveRef, objectiveRefs } from './refs.ts';
export { boardOf } from './cockpit.ts';
export type { Board } from './schema.ts';
