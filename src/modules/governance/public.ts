/** What other modules may use of governance (see docs/architecture.md): nothing yet; it reads partnerships and performance through their public.ts. */
export type { BoardPack, Decision } from './schema.ts';
