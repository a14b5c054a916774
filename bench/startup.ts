/**
 * Cold start to healthy (spawn → GET /api/health answers {"status":"ok"}), on an empty DATA_DIR each
 * time (migrations and first administrator included, no demo data), for each way of starting:
 *   - legacyNpmStart: the `npm start` script before issue 11 §8 (`vite build` on every start, then tsx);
 *   - tsx: `node --import tsx src/server/main.ts` (no build; how the tests start the server);
 *   - npmStart: today's `npm start` script (build check, nothing stale, then `node dist/…`);
 *   - dist: `node dist/src/server/main.js`, the compiled server alone.
 * Scripts run through `bash -c` with node_modules/.bin on PATH, as npm runs them (npm's own start-up,
 * the same for every script, is left out). The variants take turns, BENCH_STARTS rounds (3), so a
 * busy moment on the machine does not land on one variant only; the median is the figure.
 * Run alone with `tsx bench/startup.ts` (prints JSON), or as part of `npm run bench`;
 * BENCH_START_VARIANTS=legacyNpmStart,tsx measures some only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, REPO_ROOT, waitForHealthy } from '../e2e/harness.ts';

export const LEGACY_START_SCRIPT = 'vite build --logLevel warn && tsx src/server/main.ts';

type Variant = 'legacyNpmStart' | 'tsx' | 'npmStart' | 'dist';

function commandOf(variant: Variant): string {
  switch (variant) {
    case 'legacyNpmStart':
      return LEGACY_START_SCRIPT;
    case 'tsx':
      return `"${process.execPath}" --import tsx src/server/main.ts`;
    case 'npmStart':
      return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
        .scripts.start;
    case 'dist':
      return `"${process.execPath}" dist/src/server/main.js`;
  }
}

/**
 * One start: ms from spawn to healthy; the process group is stopped afterwards. Without `reuse` on
 * a fresh, empty data folder (removed afterwards); with it on that (already migrated) folder.
 */
async function timeStart(command: string, reuse?: string): Promise<number> {
  const dataDir = reuse ?? mkdtempSync(join(tmpdir(), 'stuurboord-bench-start-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  Object.assign(env, {
    PATH: `${join(REPO_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    STUURBOORD_DEMO: 'false',
    STUURBOORD_ADMIN_EMAIL: ADMIN_EMAIL,
    STUURBOORD_ADMIN_PASSWORD: ADMIN_PASSWORD,
  });
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn('bash', ['-c', command], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited: { code: number | null } | undefined;
  const gone = new Promise<void>((resolveExit) =>
    child.once('exit', (code) => {
      exited = { code };
      resolveExit();
    }),
  );
  try {
    await waitForHealthy(`http://127.0.0.1:${port}`, 180_000, () => exited && { ...exited, signal: null }, 10);
    return Math.round(performance.now() - started);
  } catch (error) {
    throw new Error(`${command}: ${(error as Error).message}\n${stderr.slice(-2000)}`);
  } finally {
    if (!exited) process.kill(-child.pid!, 'SIGTERM');
    await gone;
    if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** ms of `command` run to completion (a build), or undefined when it fails. */
function timed(command: string): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', command], {
      cwd: REPO_ROOT,
      env: { ...process.env, PATH: `${join(REPO_ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0 ? resolveRun(Math.round(performance.now() - started)) : reject(new Error(`${command}: exit ${code}`)),
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

const samplesOf = (variants: Variant[]) =>
  Object.fromEntries(variants.map((variant) => [variant, [] as number[]])) as Record<Variant, number[]>;

const summarise = (variants: Variant[], samples: Record<Variant, number[]>) =>
  Object.fromEntries(
    variants.map((variant) => [
      variant,
      { command: commandOf(variant), medianMs: median(samples[variant]), samplesMs: samples[variant] },
    ]),
  ) as Partial<Record<Variant, { command: string; medianMs: number; samplesMs: number[] }>>;

export async function measureStartup(log: (message: string) => void = () => {}) {
  const rounds = Math.max(1, Math.round(Number(process.env.BENCH_STARTS ?? 3)) || 3);
  const all: Variant[] = ['legacyNpmStart', 'tsx', 'npmStart', 'dist'];
  const chosen = process.env.BENCH_START_VARIANTS?.split(',');
  const variants = all.filter((variant) => !chosen || chosen.includes(variant));
  // A full build first, timed; after it nothing is stale, so `npmStart` measures the check alone.
  log('startup: full build (npm run build)…');
  const fullBuildMs = await timed('npm run build --silent');
  // A restart: the same start on a data folder that is already migrated (no migrations, no
  // administrator to hash), so what is left is loading the code.
  const migrated = mkdtempSync(join(tmpdir(), 'stuurboord-bench-restart-'));
  try {
    await timeStart(commandOf('tsx'), migrated);
    const cold = samplesOf(variants);
    const restart = samplesOf(variants);
    for (let round = 1; round <= rounds; round++) {
      for (const variant of variants) {
        cold[variant].push(await timeStart(commandOf(variant)));
        restart[variant].push(await timeStart(commandOf(variant), migrated));
        log(
          `startup ${round}/${rounds}: ${variant} cold ${cold[variant].at(-1)} ms, restart ${restart[variant].at(-1)} ms`,
        );
      }
    }
    const coldStartMs = summarise(variants, cold);
    const restartMs = summarise(variants, restart);
    const ratio = (figures: typeof coldStartMs, a: Variant, b: Variant) =>
      figures[a] && figures[b] ? Math.round((figures[a].medianMs / figures[b].medianMs) * 100) / 100 : null;
    return {
      rounds,
      fullBuildMs,
      coldStartMs,
      restartMs,
      beforeOverAfter: {
        coldNpmStart: ratio(coldStartMs, 'legacyNpmStart', 'npmStart'),
        coldTsxOverDist: ratio(coldStartMs, 'tsx', 'dist'),
        restartNpmStart: ratio(restartMs, 'legacyNpmStart', 'npmStart'),
        restartTsxOverDist: ratio(restartMs, 'tsx', 'dist'),
      },
    };
  } finally {
    rmSync(migrated, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureStartup((message) => process.stderr.write(`bench: ${message}\n`));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
