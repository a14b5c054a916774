/** What other modules may use of competences (see docs/architecture.md): nothing yet; it reads people through people/public.ts. */
export type { Heatmap } from './schema.ts';
