/** What other modules may use of competences (see docs/architecture.md): nothing yet; it reads people through people/public.ts. */
export type { Heatmap } from './schema.ts';
export type { Competence } from './schema.ts';
export { listCompetences } from './catalogue.ts';
export { levelsOf } from './evidence.ts';
