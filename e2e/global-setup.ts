import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../scripts/build.mjs';
import { CHROMIUM_PATH, E2E_TMP_ENV, REPO_ROOT } from './harness.ts';

/**
 * Runs once before the browser tests: fails loudly (never skips) when what
 * they need is missing, makes the screenshot folder and one temp root for the
 * run's data dirs. The returned teardown kills any server a test left running
 * and removes the temp root.
 */
export default function setup(): () => void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run scripts/ensure-system-deps.sh (as root it installs it)`,
    );
  }
  const builtUi = resolve(REPO_ROOT, 'dist/web/index.html');
  if (!existsSync(builtUi)) {
    throw new Error(
      `The built UI (${builtUi}) is missing: run \`npx vite build\` before the e2e tests (npm test does)`,
    );
  }
  mkdirSync(resolve(REPO_ROOT, 'test-results'), { recursive: true });
  // The `stuurboord` command (bin/stuurboord.js) runs the compiled CLI: compile it now when its sources
  // changed, once, rather than inside the first test that calls it.
  ensureBuilt(['server']);

  const root = mkdtempSync(join(tmpdir(), 'stuurboord-e2e-run-'));
  process.env[E2E_TMP_ENV] = root; // inherited by the test workers
  return () => {
    const pids = join(root, 'pids');
    if (existsSync(pids)) {
      for (const pid of readdirSync(pids)) {
        try {
          process.kill(Number(pid), 'SIGKILL');
          console.warn(`e2e teardown: killed server ${pid} that a test left running`);
        } catch {
          // already gone
        }
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
}
