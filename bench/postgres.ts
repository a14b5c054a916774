/** A throwaway PostgreSQL cluster for a benchmark (scripts/pg-throwaway.sh): its URL and a stop function. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/harness.ts';

export function startPostgres(): { databaseUrl: string; stop: () => void } {
  const script = join(REPO_ROOT, 'scripts/pg-throwaway.sh');
  const exports = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (name: string) => new RegExp(`${name}='([^']+)'`).exec(exports)?.[1];
  const databaseUrl = value('DATABASE_URL');
  const dir = value('PG_THROWAWAY_DIR');
  if (!databaseUrl || !dir) throw new Error(`pg-throwaway.sh printed no DATABASE_URL: ${exports}`);
  let stopped = false;
  return {
    databaseUrl,
    stop: () => {
      if (!stopped) {
        stopped = true;
        execFileSync('bash', [script, 'stop', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
      }
    },
  };
}
