/**
 * What other modules may use of partnerships (see docs/architecture.md): the assessments and projects by
 * name (governance links decisions to them), the reviews that fall due and the projects whose funding
 * needs a continuation plan (Home and the board pack).
 */
export { assessmentRefs, reviewsUntil } from './assessments.ts';
export { listProjects, projectRefs } from './projects.ts';
export { needsAttention } from './logic/funding.ts';
export { partnershipSignals } from './home-source.ts';
