/**
 * `npm run bench`: prints ONE JSON document (also written to
 * bench/results/latest.json) with, measured in one run on this machine:
 *   - coldStartMs: spawn → GET /api/health answers {"status":"ok"}, on an empty
 *     DATA_DIR (migrations and first administrator included), no demo data;
 *   - startup: the same (and a restart on a migrated DATA_DIR) per way of starting — the
 *     `npm start` before issue 11 §8 (vite build + tsx), tsx alone, today's `npm start`, and
 *     `node dist/…` — medians of BENCH_STARTS rounds, with the before/after ratios (bench/startup.ts);
 *   - load: requests/s and p50/p95/p99 latency at N concurrent keep-alive
 *     connections, from a second process (bench/load.ts) on loopback, for
 *     a bare Hono "hello" (bench/bare-hono.ts), our GET /api/health, and an
 *     authenticated read (GET /api/auth/me with the admin's session cookie);
 *   - ratios ours / bare;
 *   - memory: the server's RSS sampled during a long authenticated run;
 *   - verdict against the targets of issue 2.
 * Settings (env): BENCH_DURATION (s per load, 10), BENCH_SOAK (s, 60),
 * BENCH_CONNECTIONS (50), BENCH_WARMUP (s before each load, 2),
 * BENCH_SAMPLE (s between RSS samples, 5), BENCH_PG=1 to run our server on a
 * throwaway PostgreSQL cluster (scripts/pg-throwaway.sh) instead of PGlite.
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { machineInfo } from './machine.ts';
import { freePort, REPO_ROOT, startServer, type RunningServer } from '../e2e/harness.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import { startPostgres } from './postgres.ts';
import { logger, runBench, sessionCookie, writeReport } from './harness.ts';
import { measureStartup } from './startup.ts';

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds`);
  return value;
};
const settings = {
  connections: Math.round(seconds('BENCH_CONNECTIONS', 50)),
  durationSec: seconds('BENCH_DURATION', 10),
  soakSec: seconds('BENCH_SOAK', 60),
  warmupSec: seconds('BENCH_WARMUP', 2),
  sampleSec: seconds('BENCH_SAMPLE', 5),
  database: process.env.BENCH_PG === '1' ? 'postgresql' : 'pglite',
};
const TARGETS = { authReadRatioMin: 0.4, p99MaxMs: 50, errors: 0, memoryGrowthMaxPct: 10, memoryGrowthFloorMb: 20 };

const log = logger('bench');

/** Runs bench/load.ts in its own process and returns its result. */
function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolveLoad, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', JSON.stringify(options)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try {
        resolveLoad(JSON.parse(out) as LoadResult);
      } catch {
        reject(new Error(`load generator printed no JSON: ${out.slice(0, 500)}`));
      }
    });
  });
}

function loadFor(url: string, durationSec: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  return load({
    url,
    headers,
    connections: settings.connections,
    durationMs: durationSec * 1000,
    warmupMs: settings.warmupSec * 1000,
  });
}

/** Starts bench/bare-hono.ts on a free port; resolves once it listens. */
async function startBareHono(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-hono.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error('bare Hono did not start within 15 s')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        resolveStart();
      }
    });
    child.once('exit', (code) => reject(new Error(`bare Hono exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Logs in as the administrator and returns the `sb_session=…` cookie pair. */
async function login(server: RunningServer): Promise<string> {
  const cookie = await sessionCookie(server.url, server.adminEmail, server.adminPassword);
  const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/auth/me with the session answered ${me.status}`);
  return cookie;
}

/** Resident set size of a process in MB (Linux /proc, else ps). */
function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return round(Number(match[1]) / 1024, 1);
  } catch {
    // not Linux: fall through
  }
  throw new Error(`cannot read the RSS of process ${pid}`);
}

/** An authenticated run of BENCH_SOAK seconds while sampling the server's RSS. */
async function soak(server: RunningServer, cookie: string) {
  const pid = server.child.pid!;
  const samples: { atSec: number; rssMb: number }[] = [{ atSec: 0, rssMb: rssMb(pid) }];
  const started = Date.now();
  const timer = setInterval(() => {
    samples.push({ atSec: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid) });
  }, settings.sampleSec * 1000);
  try {
    const result = await load({
      url: `${server.url}/api/auth/me`,
      headers: { cookie },
      connections: settings.connections,
      durationMs: settings.soakSec * 1000,
      warmupMs: 0,
    });
    samples.push({ atSec: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid) });
    return { result, samples };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Memory is "stable" when the RSS at the end of the run is no more than
 * max(10 %, 20 MB) above the RSS once warmed up (the first sample at least
 * 10 s — or a sixth of the run — into the load, when JIT and caches have settled).
 */
function memoryVerdict(samples: { atSec: number; rssMb: number }[]) {
  const warmAt = Math.min(10, settings.soakSec / 6);
  const warm = samples.find((sample) => sample.atSec >= warmAt) ?? samples[0]!;
  const end = samples[samples.length - 1]!;
  const growthMb = round(end.rssMb - warm.rssMb, 1);
  const allowedMb = Math.max((warm.rssMb * TARGETS.memoryGrowthMaxPct) / 100, TARGETS.memoryGrowthFloorMb);
  const later = samples.filter((sample) => sample.atSec >= warm.atSec);
  return {
    startMb: samples[0]!.rssMb,
    warmMb: warm.rssMb,
    endMb: end.rssMb,
    maxMb: Math.max(...samples.map((sample) => sample.rssMb)),
    growthAfterWarmupMb: growthMb,
    allowedGrowthMb: round(allowedMb, 1),
    slopeMbPerMin: round(slope(later) * 60, 2),
    stable: growthMb <= allowedMb,
    samples,
  };
}

/** Least-squares slope of RSS over time, in MB per second. */
function slope(samples: { atSec: number; rssMb: number }[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const meanX = samples.reduce((sum, s) => sum + s.atSec, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.rssMb, 0) / n;
  const num = samples.reduce((sum, s) => sum + (s.atSec - meanX) * (s.rssMb - meanY), 0);
  const den = samples.reduce((sum, s) => sum + (s.atSec - meanX) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const summary = ({
  requestsPerSec,
  latencyMs,
  errors,
  non2xx,
  requests,
  durationMs,
  errorSamples,
  status,
}: LoadResult) => ({
  requestsPerSec,
  latencyMs,
  requests,
  durationMs,
  errors,
  non2xx,
  status,
  ...(errorSamples.length ? { errorSamples } : {}),
});

async function main(): Promise<void> {
  let server: RunningServer | undefined;
  let bare: { url: string; child: ChildProcess } | undefined;
  let postgres: { databaseUrl: string; stop: () => void } | undefined;
  try {
    log('start-up per way of starting (PGlite, empty and migrated DATA_DIR)…');
    const startup = await measureStartup(log);
    if (settings.database === 'postgresql') postgres = startPostgres();
    log(`cold start (empty ${postgres ? 'PostgreSQL database' : 'DATA_DIR'}, STUURBOORD_DEMO=false)…`);
    const before = performance.now();
    server = await startServer({
      demo: false,
      pollMs: 5,
      timeoutMs: 60_000,
      env: postgres ? { DATABASE_URL: postgres.databaseUrl } : {},
    });
    const coldStartMs = Math.round(performance.now() - before);
    log(`healthy after ${coldStartMs} ms at ${server.url}`);
    const cookie = await login(server);
    bare = await startBareHono();

    const each = `${settings.durationSec} s, ${settings.connections} connections`;
    log(`bare Hono "hello" (${each})…`);
    const bareHello = await loadFor(`${bare.url}/`, settings.durationSec);
    log(`GET /api/health (${each})…`);
    const health = await loadFor(`${server.url}/api/health`, settings.durationSec);
    log(`GET /api/auth/me, authenticated (${each})…`);
    const authRead = await loadFor(`${server.url}/api/auth/me`, settings.durationSec, { cookie });
    log(`soak: authenticated for ${settings.soakSec} s, RSS every ${settings.sampleSec} s…`);
    const soaked = await soak(server, cookie);

    const ratios = {
      health: round(health.requestsPerSec / bareHello.requestsPerSec),
      authenticatedRead: round(authRead.requestsPerSec / bareHello.requestsPerSec),
    };
    const memory = { ...memoryVerdict(soaked.samples), run: summary(soaked.result) };
    const ours = [health, authRead, soaked.result];
    const verdict = {
      authenticatedReadRatioOk: ratios.authenticatedRead >= TARGETS.authReadRatioMin,
      p99Ok: ours.every((result) => result.latencyMs.p99 < TARGETS.p99MaxMs),
      zeroErrors: [bareHello, ...ours].every((result) => result.errors === 0 && result.non2xx === 0),
      memoryStable: memory.stable,
      pass: false,
    };
    verdict.pass = verdict.authenticatedReadRatioOk && verdict.p99Ok && verdict.zeroErrors && verdict.memoryStable;

    const report = {
      benchmark: 'stuurboord',
      at: new Date().toISOString(),
      machine: machineInfo(),
      settings,
      targets: TARGETS,
      coldStartMs,
      startup,
      load: {
        bareHello: summary(bareHello),
        health: summary(health),
        authenticatedRead: { endpoint: 'GET /api/auth/me', ...summary(authRead) },
      },
      ratios,
      memory,
      verdict,
    };
    writeReport('latest.json', report, verdict.pass, log);
  } finally {
    if (bare) bare.child.kill('SIGTERM');
    if (server) await server.stop().catch((error: Error) => log(error.message));
    postgres?.stop();
  }
}

runBench(main, log);
