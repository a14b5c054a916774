/**
 * `npm run bench:heatmap`: prints ONE JSON document (also written to bench/results/heatmap-latest.json)
 * with, measured in one run on this machine (issue 13, "Performance"):
 *   - heatmapApi: an organisation with 300 employees × 60 competences (6 role profiles of 12 needs,
 *     every person assessed by a manager on every competence, a third also by themself, an older
 *     assessment for half, two training links each: ~50,000 evidence rows), seeded straight into the
 *     database (not measured); then GET /api/orgs/…/competences/heatmap over HTTP, sequentially,
 *     p50/p95 after warm-ups, on PGlite (fresh DATA_DIR; p95 ≤ 100 ms) and on PostgreSQL (a throwaway
 *     cluster, scripts/pg-throwaway.sh, started and always stopped here; p95 ≤ 100 ms);
 *   - heatmapPage: on the PGlite server, headless Chromium, median over cold loads of the moment the
 *     table's 60 rows are in the DOM (≤ 1 s).
 * Settings (env): BENCH_PEOPLE (300), BENCH_COMPETENCES (60), BENCH_RUNS (40), BENCH_WARMUPS (5),
 * BENCH_PAGE_LOADS (5), BENCH_BROWSER=0 to skip the browser, BENCH_POSTGRES=0 to skip PostgreSQL.
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { makeTempDir, REPO_ROOT, type RunningServer, startServer } from '../e2e/harness.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import {
  browserFigure,
  coldLoads,
  logger,
  sessionCookie,
  stopPostgres,
  timeGets,
  withDatabase,
  writeReport,
} from './harness.ts';
import { EMAIL, PASSWORD, seedHeatmap } from './heatmap-data.ts';
import { reportHead } from './machine.ts';
import { startPostgres } from './postgres.ts';
import { envCount, latency, percentile, round } from './stats.ts';

const settings = {
  people: envCount('BENCH_PEOPLE', 300),
  competences: envCount('BENCH_COMPETENCES', 60),
  profiles: 6,
  needsPerProfile: 12,
  runs: envCount('BENCH_RUNS', 40),
  warmups: envCount('BENCH_WARMUPS', 5, 0),
  pageLoads: envCount('BENCH_PAGE_LOADS', 5),
};
const TARGETS = { apiP95MaxMs: 100, pageFirstRenderMaxMs: 1_000 };
const log = logger('bench:heatmap');

/** Seeds the organisation straight into the database; answers its id and the evidence rows written. */
function seed(target: { dataDir: string } | { databaseUrl: string }) {
  return withDatabase('databaseUrl' in target ? { ...target, dataDir: '' } : target, async (db) => {
    await migrateToLatest(db);
    return seedHeatmap(db, settings);
  });
}

async function measureApi(server: RunningServer, orgId: string) {
  const cookie = await sessionCookie(server.url, EMAIL, PASSWORD);
  const path = `/api/orgs/${orgId}/competences/heatmap`;
  const { samples, last } = await timeGets(server.url, path, cookie, settings, (text) => {
    const body = JSON.parse(text) as { rows: unknown[]; people: number };
    if (body.people !== settings.people)
      throw new Error(`heat map of ${body.people} people, expected ${settings.people}`);
    return { rows: body.rows.length, bytes: text.length };
  });
  return {
    heatmapApi: {
      what: 'GET /api/orgs/…/competences/heatmap over HTTP (sequential, one logged-in director)',
      rows: last.rows,
      responseBytes: last.bytes,
      ...latency(samples, TARGETS.apiP95MaxMs),
    },
    cookie,
  };
}

/** The parts of one load, read in the page from the Resource and Navigation Timing entries. */
interface LoadParts {
  /** The app's own start: its JavaScript and CSS fetched before it runs (index.html's files). */
  startFilesEndMs: number;
  startJsBytes: number;
  startCssBytes: number;
  /** DOMContentLoaded: the app's start code has been run. */
  domContentLoadedMs: number;
  sessionStartMs: number;
  sessionEndMs: number;
  heatmapDataStartMs: number;
  heatmapDataEndMs: number;
  heatmapDataBytes: number;
  /** The heat map page's own code (its chunk and what it imports beyond the start). */
  pageCodeEndMs: number;
  pageJsBytes: number;
  domElements: number;
}

/** `startFiles`: the paths of the JavaScript and CSS that index.html itself names. */
function loadParts(startFiles: string[]): LoadParts {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const ofStart = entries.filter((e) => startFiles.includes(new URL(e.name).pathname));
  const page = entries.filter((e) => /\/assets\/.*\.js$/.test(e.name) && !ofStart.includes(e));
  // (No named helper functions here: the bench runs through tsx, whose name-keeping wrapper does not exist in the page.)
  const session = entries.find((e) => /\/api\/auth\/me$/.test(e.name));
  const data = entries.find((e) => /\/competences\/heatmap$/.test(e.name));
  return {
    startFilesEndMs: Math.max(...ofStart.map((e) => e.responseEnd)),
    startJsBytes: ofStart.filter((e) => e.name.endsWith('.js')).reduce((s, e) => s + e.decodedBodySize, 0),
    startCssBytes: ofStart.filter((e) => e.name.endsWith('.css')).reduce((s, e) => s + e.decodedBodySize, 0),
    domContentLoadedMs: nav.domContentLoadedEventEnd,
    sessionStartMs: session?.startTime ?? -1,
    sessionEndMs: session?.responseEnd ?? -1,
    heatmapDataStartMs: data?.startTime ?? -1,
    heatmapDataEndMs: data?.responseEnd ?? -1,
    heatmapDataBytes: data?.decodedBodySize ?? -1,
    pageCodeEndMs: Math.max(0, ...page.map((e) => e.responseEnd)),
    pageJsBytes: page.reduce((s, e) => s + e.decodedBodySize, 0),
    domElements: document.getElementsByTagName('*').length,
  };
}

async function measurePage(server: RunningServer, orgId: string, cookie: string) {
  const script = `(() => {
    const seen = () => {
      if (window.__heatMs !== undefined) return;
      if (document.querySelectorAll('table tbody tr').length >= ${settings.competences}) { window.__heatMs = performance.now(); observer.disconnect(); }
    };
    const observer = new MutationObserver(seen);
    observer.observe(document, { childList: true, subtree: true });
  })();`;
  // index.html's own files: those of a page without page hints (src/server/page-hints.ts), the login page.
  const html = await (await fetch(`${server.url}/login`)).text();
  const startFiles = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const loads = await coldLoads(server.url, cookie, { warmups: 1, loads: settings.pageLoads }, async (context) => {
    await context.addInitScript(script);
    const page = await context.newPage();
    await page.goto(`/o/${orgId}/competences`, { waitUntil: 'commit' });
    await page
      .locator('table tbody tr')
      .nth(settings.competences - 1)
      .waitFor({ state: 'attached', timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { __heatMs?: number }).__heatMs ?? null);
    if (ms === null) throw new Error('the in-page observer saw no table');
    return { ms, parts: await page.evaluate(loadParts, startFiles) };
  });
  const samples = loads.map((l) => l.ms);
  const parts = loads.map((l) => l.parts);
  const median = round(percentile(samples, 50));
  return {
    what: 'cold load of /o/…/competences until the 60 rows are in the DOM (ms since navigation start)',
    medianMs: median,
    samples: samples.map((s) => round(s)),
    // Where the time goes (medians over the same loads, ms since navigation start; bytes uncompressed).
    parts: Object.fromEntries(
      (Object.keys(parts[0] ?? {}) as (keyof LoadParts)[]).map((key) => [
        key,
        round(
          percentile(
            parts.map((p) => p[key]),
            50,
          ),
        ),
      ]),
    ),
    target: TARGETS.pageFirstRenderMaxMs,
    met: median <= TARGETS.pageFirstRenderMaxMs,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  let server: RunningServer | undefined;
  let postgres: ReturnType<typeof startPostgres> | undefined;
  try {
    const dataDir = makeTempDir('stuurboord-bench-heatmap-');
    log(`pglite: seeding ${settings.people} people × ${settings.competences} competences…`);
    const t0 = performance.now();
    const pgliteSeed = await seed({ dataDir });
    const seedMs = round(performance.now() - t0);
    server = await startServer({ dataDir, timeoutMs: 120_000 });
    const pglite = await measureApi(server, pgliteSeed.orgId);
    const running = server;
    const page = existsSync(join(REPO_ROOT, 'dist/web/index.html'))
      ? await browserFigure(log, 'pglite: heat map page in Chromium…', () =>
          measurePage(running, pgliteSeed.orgId, pglite.cookie),
        )
      : { reason: 'skipped (no built UI)', met: false };
    await server.stop();
    server = undefined;
    let pg: Record<string, unknown> = { reason: 'skipped (BENCH_POSTGRES=0)' };
    let pgMet = true;
    if (process.env.BENCH_POSTGRES !== '0') {
      log('PostgreSQL: starting a throwaway cluster…');
      postgres = startPostgres();
      const pgSeed = await seed({ databaseUrl: postgres.databaseUrl });
      server = await startServer({ timeoutMs: 120_000, env: { DATABASE_URL: postgres.databaseUrl } });
      const measured = await measureApi(server, pgSeed.orgId);
      pg = { heatmapApi: measured.heatmapApi };
      pgMet = measured.heatmapApi.met;
      await server.stop();
      server = undefined;
      postgres.stop();
      postgres = undefined;
    }
    const verdict = {
      heatmapApiPglite: pglite.heatmapApi.met,
      heatmapApiPostgresql: pgMet,
      heatmapPage: page.met === true,
    };
    const report = {
      ...reportHead('stuurboord-heatmap', loadAtStart, settings, TARGETS),
      seed: { evidenceRows: pgliteSeed.evidenceRows, ms: seedMs },
      pglite: { heatmapApi: pglite.heatmapApi, heatmapPage: page },
      postgresql: pg,
      verdict: { ...verdict, pass: Object.values(verdict).every(Boolean) },
      totalMs: Math.round(performance.now() - started),
    };
    writeReport('heatmap-latest.json', report, report.verdict.pass, log);
  } finally {
    if (server) await server.stop().catch(() => undefined);
    stopPostgres(postgres, log);
  }
}

await main();
