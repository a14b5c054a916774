/**
 * What other modules may use of performance (see docs/architecture.md): improvement actions (CAF turns
 * an improvement point into one and lists those of a round) and the starter set of KPIs.
 */
export { actionsOfAssessment, createAction } from './actions.ts';
export { STARTER_SET } from './starter.ts';
export { kpiSignals } from './home-source.ts';
/** Short references to KPIs, objectives and actions for the modules that link to them. */
export {
  actionRefs,
  type KpiLinkRef,
  kpiLabels,
  kpiRefs,
  type ObjectiveRef,
  objectiveRefs,
  type PerformanceRef,
} from './refs.ts';
export { boardOf } from './cockpit.ts';
export type { Board } from './schema.ts';
