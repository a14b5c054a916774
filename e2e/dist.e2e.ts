/**
 * The production start (issue 11 §8): the compiled server, CLI and file worker in dist/ run on plain
 * Node, with no TypeScript loader anywhere. dist/ is brought up to date first (scripts/build.mjs
 * compiles when the sources changed), so the test never depends on a stale or fresh dist/.
 */
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../scripts/build.mjs';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, makeTempDir, REPO_ROOT, runCli, waitForHealthy } from './harness.ts';

/** Plain Node: no loader from the test runner's environment (NODE_OPTIONS) or from Vitest. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['NODE_ENV', 'NODE_OPTIONS', 'DATABASE_URL', 'TEST'].includes(key)) delete env[key];
  }
  return env;
}

const node = (args: string[], env = plainEnv()) =>
  promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env, timeout: 60_000 });

function jsFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.[cm]?js$/.test(name))
    .map((name) => join(dir, name));
}

describe('compiled start without a compiler', { timeout: 120_000 }, () => {
  beforeAll(() => {
    ensureBuilt(['server']);
  }, 180_000);

  it('`node dist/src/server/main.js` answers GET /api/health on a fresh data folder', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['dist/src/server/main.js'], {
      cwd: REPO_ROOT,
      env: plainEnv({
        DATA_DIR: makeTempDir('stuurboord-dist-'),
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: url,
        STUURBOORD_DEMO: 'false',
        STUURBOORD_ADMIN_EMAIL: ADMIN_EMAIL,
        STUURBOORD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    const exited = new Promise<void>((resolveExit) =>
      child.once('exit', (code, signal) => {
        exit = { code, signal };
        resolveExit();
      }),
    );
    try {
      await waitForHealthy(url, 90_000, () => exit).catch((error: Error) => {
        throw new Error(`${error.message}\n${output}`);
      });
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      if (!exit) child.kill('SIGTERM');
      await exited;
    }
    expect(exit).toEqual({ code: 0, signal: null });
  });

  it('the compiled CLI answers --help, directly and through bin/stuurboord.js', async () => {
    const direct = await node(['dist/src/cli/main.js', '--help']);
    expect(direct.stdout).toContain('Gebruik: stuurboord');
    const bin = await runCli(makeTempDir('stuurboord-dist-cli-'), '--help');
    expect(bin).toMatchObject({ code: 0, err: '' });
    expect(bin.out).toBe(direct.stdout);
  });

  it('the compiled file worker reads an upload off the main thread', async () => {
    const script = join(makeTempDir('stuurboord-dist-worker-'), 'read.mjs');
    const index = pathToFileURL(join(REPO_ROOT, 'dist/src/lib/files/index.js')).href;
    writeFileSync(
      script,
      `const { readTableFile } = await import(${JSON.stringify(index)});
      const table = await readTableFile(new TextEncoder().encode('code;bedrag\\n6100;12,50\\n'));
      console.log(JSON.stringify(table));`,
    );
    const { stdout } = await node([script]);
    expect(JSON.stringify(JSON.parse(stdout))).toContain('6100');
  });

  it('nothing in dist/ or bin/ loads tsx, and tsx is only a dev dependency', () => {
    const files = [...jsFiles('dist/src'), ...jsFiles('dist/migrations'), 'bin/stuurboord.js'];
    expect(files.length).toBeGreaterThan(100);
    const loadsTsx = files.filter((file) =>
      /(from\s*|import\s*\(\s*|require\s*\(\s*)['"]tsx(\/[^'"]*)?['"]|--import[= ]tsx/.test(
        readFileSync(join(REPO_ROOT, file), 'utf8'),
      ),
    );
    expect(loadsTsx.map((file) => relative(REPO_ROOT, join(REPO_ROOT, file)))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(pkg.scripts.start).toMatch(/node dist\/src\/server\/main\.js$/);
    expect(pkg.scripts.start).not.toMatch(/tsx|vite build/);
  });
});
