/**
 * The benchmark harness: the log line, the organisation a benchmark fills, the built UI, the JSON
 * report written to bench/results, and how a run ends (interrupted, failed, the cluster stopped).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, REPO_ROOT } from '../e2e/harness.ts';
import { createOrganisation } from '../src/modules/orgs/queries.ts';
import { type Db, openDatabase } from '../src/server/db.ts';

/** Progress goes to stderr, so stdout carries only the JSON document. */
export const logger = (name: string) => (message: string) => process.stderr.write(`${name}: ${message}\n`);

/** An organisation to fill with benchmark data: a VZA with a calendar fiscal year, in Dutch. */
export function organisation(db: Db, name: string) {
  return createOrganisation(db, { name, type: 'vza', fiscalYearStartMonth: 1, language: 'nl' });
}

/** Opens the database (PGlite in `dataDir`, or PostgreSQL at `databaseUrl`), runs `work` on it and always closes it. */
export async function withDatabase<T>(
  options: Parameters<typeof openDatabase>[0],
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const db = openDatabase(options);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Prints the report as ONE JSON document, keeps it in bench/results/<file>, and logs the verdict. */
export function writeReport(file: string, report: unknown, pass: boolean, log: (message: string) => void) {
  const json = JSON.stringify(report, null, 2);
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench/results', file), `${json}\n`);
  process.stdout.write(`${json}\n`);
  log(`verdict: ${pass ? 'all targets met' : 'targets NOT met'} (also in bench/results/${file})`);
}

/** Stops the throwaway PostgreSQL cluster; a failure to stop is logged, not thrown over the result. */
export function stopPostgres(postgres: { stop: () => void } | undefined, log: (message: string) => void) {
  try {
    postgres?.stop();
  } catch (error) {
    log(`stopping PostgreSQL failed: ${(error as Error).message}`);
  }
}

/**
 * Interrupted (Ctrl-C, kill): never leave the throwaway cluster (`postgres()`, whatever runs by then)
 * or the temp dir behind.
 */
export function cleanUpOnInterrupt(postgres: () => { stop: () => void } | undefined, work?: string) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      try {
        postgres()?.stop();
      } finally {
        if (work) rmSync(work, { recursive: true, force: true });
        process.exit(130);
      }
    });
  }
}

/** The browser figures need the built UI: built when missing, or always with BENCH_BUILD=1. */
export function buildUiIfNeeded(log: (message: string) => void) {
  if (process.env.BENCH_BUILD === '1' || !existsSync(join(REPO_ROOT, 'dist/web/index.html'))) {
    log('building the UI (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}

/**
 * A figure measured in headless Chromium: `{ reason, met: false }` when skipped (BENCH_BROWSER=0) or when
 * the measurement fails, so the rest of the report still stands.
 */
export async function browserFigure(
  log: (message: string) => void,
  what: string,
  measure: () => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  if (process.env.BENCH_BROWSER === '0') return { reason: 'skipped (BENCH_BROWSER=0)', met: false };
  log(what);
  return measure().catch((e: Error) => ({ reason: e.message, met: false }));
}

/** Runs a benchmark's main; a failure is logged with its stack and the process exits 1. */
export function runBench(main: () => Promise<void>, log: (message: string) => void) {
  main().catch((error: Error) => {
    log(`failed: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}

/** Logs in on the running server at `url` and answers the `sb_session=…` cookie pair; throws when the login fails. */
export async function sessionCookie(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((h) => h.split(';')[0]!)
    .find((pair) => pair.startsWith('sb_session='));
  if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return cookie;
}

/**
 * Times `warmups + runs` sequential GETs of `path` on the server at `url` with the session cookie; answers
 * the samples in ms after the warm-ups and what `read` made of the last body. Throws on an answer other than 200.
 */
export async function timeGets<T>(
  url: string,
  path: string,
  cookie: string,
  counts: { warmups: number; runs: number },
  read: (text: string) => T,
): Promise<{ samples: number[]; last: T }> {
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < counts.warmups + counts.runs; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { cookie } });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    if (i >= counts.warmups) samples.push(ms);
    last = read(text);
  }
  return { samples, last: last as T };
}

/**
 * Cold page loads in headless Chromium: `warmups` loads, then `loads` measured ones, each in a fresh context (no
 * cache) on the server at `url`, in Dutch (Belgium), signed in with the session cookie; `load` drives the context
 * and answers the load's sample. The browser is always closed.
 */
export async function coldLoads<T>(
  url: string,
  cookie: string,
  counts: { warmups: number; loads: number },
  load: (context: BrowserContext) => Promise<T>,
): Promise<T[]> {
  const browser = await launchBrowser();
  try {
    const samples: T[] = [];
    for (let i = 0; i < counts.warmups + counts.loads; i++) {
      const context = await signedInContext(browser, url, cookie);
      try {
        const sample = await load(context);
        if (i >= counts.warmups) samples.push(sample);
      } finally {
        await context.close();
      }
    }
    return samples;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function signedInContext(browser: Browser, url: string, cookie: string) {
  const context = await browser.newContext({
    baseURL: url,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 800 },
  });
  const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)];
  await context.addCookies([{ name, value, url }]);
  return context;
}
