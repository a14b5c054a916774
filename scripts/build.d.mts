/** Types of scripts/build.mjs (plain JavaScript, so it runs before anything is compiled). */
export type BuildTarget = 'server' | 'ui';
export const ROOT: string;
/** sha256 over the names and contents of a target's sources. */
export function sourceHash(name: BuildTarget): string;
/** True when the last build of the target was made from the sources as they are now. */
export function isFresh(name: BuildTarget): boolean;
/** Builds the stale targets (all when `force`); returns the ones it built; throws when a build fails. */
export function ensureBuilt(names?: BuildTarget[], options?: { force?: boolean; quiet?: boolean }): BuildTarget[];
