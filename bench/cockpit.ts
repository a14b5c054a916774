/**
 * `npm run bench:cockpit`: prints ONE JSON document (also written to bench/results/cockpit-latest.json)
 * with, measured in one run on this machine (targets of issue 5, section "Performance"):
 *   - cockpitApi: an organisation with 300 KPIs (the starter set plus generated manual ones, a target
 *     each) × 60 monthly periods of values (yearly/quarterly starter KPIs get theirs), seeded through
 *     the API of the real server; then GET /api/orgs/…/cockpit over HTTP, sequentially, p50/p95 after
 *     warm-ups: on PGlite (fresh DATA_DIR; p95 ≤ 100 ms) and on PostgreSQL (a throwaway cluster,
 *     scripts/pg-throwaway.sh, started and always stopped here; p95 ≤ 40 ms);
 *   - cockpitPage: on the PGlite server, headless Chromium, median over cold loads (fresh browser
 *     context each) of the moment the first KPI tile is in the DOM and visible (≤ 1.5 s).
 * Settings (env): BENCH_KPIS (300), BENCH_PERIODS (60), BENCH_RUNS (40), BENCH_WARMUPS (5),
 * BENCH_PAGE_LOADS (5), BENCH_BROWSER=0 to skip the browser, BENCH_BUILD=1 to rebuild the UI first.
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import os from 'node:os';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from '../e2e/harness.ts';
import { lastPeriods } from '../src/modules/performance/logic/index.ts';
import { reportHead } from './machine.ts';
import { startPostgres } from './postgres.ts';
import {
  browserFigure,
  buildUiIfNeeded,
  cleanUpOnInterrupt,
  coldLoads,
  logger,
  sessionCookie,
  stopPostgres,
  timeGets,
  writeReport,
} from './harness.ts';
import { envCount, latency, percentile, round } from './stats.ts';

const settings = {
  kpis: envCount('BENCH_KPIS', 300),
  periods: envCount('BENCH_PERIODS', 60),
  runs: envCount('BENCH_RUNS', 40),
  warmups: envCount('BENCH_WARMUPS', 5, 0),
  pageLoads: envCount('BENCH_PAGE_LOADS', 5),
  pageWarmups: 1,
  today: '2026-11-23',
};
const TARGETS = { apiPgliteP95MaxMs: 100, apiPostgresP95MaxMs: 40, pageFirstRenderMaxMs: 1_500 };
const log = logger('bench:cockpit');

/** A logged-in HTTP client of the running server. */
async function session(server: RunningServer, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  const cookie = await sessionCookie(server.url, email, password);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { cookie, call };
}

/** 300 KPIs × 60 months through the API: the starter set, generated manual KPIs, a target each, the values in batches. */
async function seed(server: RunningServer) {
  const admin = await session(server);
  const org = await admin.call('POST', '/api/orgs', {
    name: 'VZW Benchmark Cockpit',
    type: 'vza',
    fiscalYearStartMonth: 1,
    language: 'nl',
  });
  const base = `/api/orgs/${org.id}`;
  // The administrator manages members; a director manages the KPIs.
  await admin.call('POST', `${base}/members`, {
    email: 'directie@bench.stuurboord.test',
    name: 'Directie Bench',
    role: 'directie',
    password: 'kapstok meeuw regenjas',
  });
  const director = await session(server, 'directie@bench.stuurboord.test', 'kapstok meeuw regenjas');
  const call = director.call;
  await call('POST', `${base}/kpis/starter-set`);
  const starter = (await call('GET', `${base}/kpis`)).items as {
    id: string;
    code: string;
    frequency: 'month' | 'quarter' | 'year';
    source: string;
    direction: string;
  }[];
  const perspectives = ['mission', 'clients', 'financial', 'processes', 'learning'];
  for (let i = starter.length; i < settings.kpis; i++) {
    const k = await call('POST', `${base}/kpis`, {
      code: `GEN_${String(i).padStart(3, '0')}`,
      nameNl: `Gegenereerde indicator ${i}`,
      nameEn: `Generated indicator ${i}`,
      unit: 'percent',
      decimals: 1,
      direction: i % 3 ? 'up' : 'down',
      frequency: 'month',
      perspective: perspectives[i % 5],
    });
    await call('POST', `${base}/kpis/${k.id}/targets`, {
      validFrom: '2020-01-01',
      target: i % 3 ? 80 : 20,
      redThreshold: i % 3 ? 60 : 40,
    });
  }
  const all = (await call('GET', `${base}/kpis`)).items as typeof starter;
  const span = {
    month: settings.periods,
    quarter: Math.ceil(settings.periods / 3),
    year: Math.ceil(settings.periods / 12),
  };
  const cells = all
    .filter((k) => k.source !== 'computed')
    .flatMap((k, n) =>
      lastPeriods(settings.today, k.frequency, span[k.frequency]).map((period, j) => ({
        kpiId: k.id,
        period,
        value: k.code.startsWith('GEN_') ? Number((50 + ((n * 7 + j * 13) % 45)).toFixed(1)) : 1,
        note: 'Benchmark',
      })),
    );
  for (let i = 0; i < cells.length; i += 5000)
    await call('PUT', `${base}/kpi-values`, { values: cells.slice(i, i + 5000) });
  return { orgId: org.id as string, kpis: all.length, values: cells.length, cookie: director.cookie };
}

async function measureApi(server: RunningServer, engine: string) {
  log(`${engine}: seeding ${settings.kpis} KPIs × ${settings.periods} periods through the API…`);
  const started = performance.now();
  const { cookie, ...seeded } = await seed(server);
  const seedMs = performance.now() - started;
  const path = `/api/orgs/${seeded.orgId}/cockpit`;
  log(`${engine}: GET ${path}…`);
  const { samples, last } = await timeGets(server.url, path, cookie, settings, (text) => ({
    tiles: (JSON.parse(text).perspectives as { tiles: unknown[] }[]).reduce((s, p) => s + p.tiles.length, 0),
    bytes: text.length,
  }));
  const target = engine === 'postgresql' ? TARGETS.apiPostgresP95MaxMs : TARGETS.apiPgliteP95MaxMs;
  return {
    seed: { ...seeded, ms: round(seedMs) },
    cockpitApi: {
      what: 'GET /api/orgs/…/cockpit over HTTP (sequential, one logged-in client)',
      tiles: last.tiles,
      responseBytes: last.bytes,
      ...latency(samples, target),
    },
    orgId: seeded.orgId,
    cookie,
  };
}

const FIRST_TILE_SCRIPT = `(() => {
  const seen = () => {
    if (window.__firstTileMs !== undefined) return;
    const tile = document.querySelector('article.sb-kpi-tile');
    if (tile && tile.getClientRects().length > 0) { window.__firstTileMs = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function measurePage(server: RunningServer, orgId: string, cookie: string) {
  const path = `/o/${orgId}/cockpit`;
  const counts = { warmups: settings.pageWarmups, loads: settings.pageLoads };
  const samples = await coldLoads(server.url, cookie, counts, async (context) => {
    await context.addInitScript(FIRST_TILE_SCRIPT);
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('article.sb-kpi-tile').first().waitFor({ state: 'visible', timeout: 20_000 });
    const ms = await page.evaluate(() => (window as unknown as { __firstTileMs?: number }).__firstTileMs ?? null);
    if (ms === null) throw new Error('the in-page observer saw no tile');
    return ms;
  });
  const median = round(percentile(samples, 50));
  return {
    url: path,
    measure:
      'performance.now() in the page when the first KPI tile is in the DOM and visible; fresh context per load; median',
    firstRenderMs: median,
    samplesMs: samples.map((s) => round(s)),
    target: TARGETS.pageFirstRenderMaxMs,
    met: median <= TARGETS.pageFirstRenderMaxMs,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  buildUiIfNeeded(log);
  let server: RunningServer | undefined;
  let postgres: ReturnType<typeof startPostgres> | undefined;
  cleanUpOnInterrupt(() => postgres);
  try {
    server = await startServer({ timeoutMs: 60_000 });
    const pglite = await measureApi(server, 'pglite');
    const running = server;
    const page = await browserFigure(log, 'pglite: cockpit page in Chromium…', () =>
      measurePage(running, pglite.orgId, pglite.cookie),
    );
    await server.stop();
    server = undefined;

    log('PostgreSQL: starting a throwaway cluster…');
    postgres = startPostgres();
    server = await startServer({ timeoutMs: 60_000, env: { DATABASE_URL: postgres.databaseUrl } });
    const pg = await measureApi(server, 'postgresql');
    await server.stop();
    server = undefined;
    postgres.stop();

    const strip = (r: typeof pglite) => ({ seed: r.seed, cockpitApi: r.cockpitApi });
    const verdict = {
      cockpitApiPglite: pglite.cockpitApi.met,
      cockpitApiPostgresql: pg.cockpitApi.met,
      cockpitPage: page.met === true,
    };
    const report = {
      ...reportHead('stuurboord-cockpit', loadAtStart, settings, TARGETS),
      pglite: { ...strip(pglite), cockpitPage: page },
      postgresql: strip(pg),
      verdict: { ...verdict, pass: Object.values(verdict).every(Boolean) },
      totalMs: Math.round(performance.now() - started),
    };
    writeReport('cockpit-latest.json', report, report.verdict.pass, log);
  } finally {
    if (server) await server.stop().catch(() => undefined);
    stopPostgres(postgres, log);
  }
}

await main();
