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
import type { Insertable } from 'kysely';
import os from 'node:os';
import { join } from 'node:path';
import { launchBrowser, makeTempDir, REPO_ROOT, type RunningServer, startServer } from '../e2e/harness.ts';
import { addDays } from '../src/lib/calendar.ts';
import type { CmpAssessmentTable } from '../src/modules/competences/tables.ts';
import { addMember } from '../src/modules/orgs/queries.ts';
import { openDatabase } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { hashPassword } from '../src/server/secrets.ts';
import { logger, organisation, stopPostgres, writeReport } from './harness.ts';
import { machineInfo } from './machine.ts';
import { startPostgres } from './postgres.ts';
import { envCount, percentile, round } from './stats.ts';

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
const EMAIL = 'directie@bench.stuurboord.test';
const PASSWORD = 'kapstok meeuw regenjas';
const log = logger('bench:heatmap');

/** Seeds the organisation straight into the database; answers its id and the evidence rows written. */
async function seed(target: { dataDir: string } | { databaseUrl: string }) {
  const db = openDatabase('databaseUrl' in target ? { ...target, dataDir: '' } : target);
  try {
    await migrateToLatest(db);
    const org = await organisation(db, 'VZW Benchmark Competenties');
    const { member } = await addMember(db, org.id, {
      email: EMAIL,
      name: 'Directie Bench',
      role: 'directie',
      passwordHash: await hashPassword(PASSWORD),
    });
    const orgId = org.id;
    const levels = JSON.stringify(['basis', 'zelfstandig', 'gevorderd', 'expert']);
    const competences = await db
      .insertInto('cmp_competence')
      .values(
        Array.from({ length: settings.competences }, (_, i) => ({
          org_id: orgId,
          name: `Competentie ${i + 1}`,
          levels,
          position: i,
        })),
      )
      .returning('id')
      .execute();
    const profiles = await db
      .insertInto('cmp_profile')
      .values(Array.from({ length: settings.profiles }, (_, i) => ({ org_id: orgId, name: `Rol ${i + 1}` })))
      .returning('id')
      .execute();
    await db
      .insertInto('cmp_requirement')
      .values(
        profiles.flatMap((p, i) =>
          Array.from({ length: settings.needsPerProfile }, (_, j) => ({
            org_id: orgId,
            profile_id: p.id,
            competence_id: competences[(i * 7 + j * 5) % competences.length]!.id,
            level: 1 + ((i + j) % 4),
          })),
        ),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const employees = await db
      .insertInto('ppl_employee')
      .values(
        Array.from({ length: settings.people }, (_, i) => ({
          org_id: orgId,
          first_name: 'Mw',
          last_name: `Bench ${i}`,
          sex: i % 3 ? 'female' : 'male',
        })),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('cmp_assignment')
      .values(
        employees.map((e, i) => ({ org_id: orgId, employee_id: e.id, profile_id: profiles[i % profiles.length]!.id })),
      )
      .execute();
    let rows = 0;
    const batch: Insertable<CmpAssessmentTable>[] = [];
    const flush = async () => {
      if (batch.length) await db.insertInto('cmp_assessment').values(batch.splice(0)).execute();
    };
    for (const [i, e] of employees.entries()) {
      for (const [j, c] of competences.entries()) {
        const level = 1 + ((i * 3 + j) % 4);
        const base = { org_id: orgId, employee_id: e.id, competence_id: c.id, assessed_by: member.userId };
        batch.push({ ...base, level, kind: 'manager', assessed_on: addDays('2026-06-01', -((i + j) % 300)) });
        if ((i + j) % 3 === 0)
          batch.push({ ...base, level: Math.min(4, level + 1), kind: 'self', assessed_on: '2026-05-01' });
        if ((i + j) % 2 === 0)
          batch.push({ ...base, level: Math.max(1, level - 1), kind: 'manager', assessed_on: '2024-03-01' });
        if (batch.length >= 4000) {
          rows += batch.length;
          await flush();
        }
      }
    }
    rows += batch.length;
    await flush();
    const trainings = await db
      .insertInto('ppl_training')
      .values(
        employees.flatMap((e) =>
          [1, 2].map((k) => ({
            org_id: orgId,
            employee_id: e.id,
            kind: 'formal' as const,
            title: `Opleiding ${k}`,
            held_on: '2025-10-01',
            hours: 7,
          })),
        ),
      )
      .returning(['id', 'employee_id'])
      .execute();
    await db
      .insertInto('cmp_training_link')
      .values(
        trainings.map((t, i) => ({
          org_id: orgId,
          training_id: t.id,
          employee_id: t.employee_id,
          competence_id: competences[i % competences.length]!.id,
          level: 2,
          reached_on: '2025-10-01',
        })),
      )
      .execute();
    return { orgId, evidenceRows: rows + trainings.length };
  } finally {
    await db.destroy();
  }
}

async function session(server: RunningServer) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((h) => h.split(';')[0]!)
    .find((p) => p.startsWith('sb_session='));
  if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return cookie;
}

async function measureApi(server: RunningServer, orgId: string) {
  const cookie = await session(server);
  const path = `/api/orgs/${orgId}/competences/heatmap`;
  const samples: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < settings.warmups + settings.runs; i++) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
    if (i >= settings.warmups) samples.push(ms);
    const body = JSON.parse(text) as { rows: unknown[]; people: number };
    rows = body.rows.length;
    bytes = text.length;
    if (body.people !== settings.people)
      throw new Error(`heat map of ${body.people} people, expected ${settings.people}`);
  }
  const p95 = round(percentile(samples, 95));
  return {
    heatmapApi: {
      what: 'GET /api/orgs/…/competences/heatmap over HTTP (sequential, one logged-in director)',
      rows,
      responseBytes: bytes,
      p50Ms: round(percentile(samples, 50)),
      p95Ms: p95,
      maxMs: round(Math.max(...samples)),
      runs: samples.length,
      target: { p95MaxMs: TARGETS.apiP95MaxMs },
      met: p95 <= TARGETS.apiP95MaxMs,
    },
    cookie,
  };
}

async function measurePage(server: RunningServer, orgId: string, cookie: string) {
  const browser = await launchBrowser();
  const script = `(() => {
    const seen = () => {
      if (window.__heatMs !== undefined) return;
      if (document.querySelectorAll('table tbody tr').length >= ${settings.competences}) { window.__heatMs = performance.now(); observer.disconnect(); }
    };
    const observer = new MutationObserver(seen);
    observer.observe(document, { childList: true, subtree: true });
  })();`;
  try {
    const samples: number[] = [];
    for (let i = 0; i < settings.pageLoads + 1; i++) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'nl-BE',
        viewport: { width: 1280, height: 800 },
      });
      const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)];
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      await page.addInitScript(script);
      await page.goto(`/o/${orgId}/competences`, { waitUntil: 'commit' });
      await page
        .locator('table tbody tr')
        .nth(settings.competences - 1)
        .waitFor({ state: 'attached', timeout: 30_000 });
      const ms = await page.evaluate(() => (window as unknown as { __heatMs?: number }).__heatMs ?? null);
      if (ms === null) throw new Error('the in-page observer saw no table');
      if (i > 0) samples.push(ms);
      await context.close();
    }
    const median = round(percentile(samples, 50));
    return {
      what: 'cold load of /o/…/competences until the 60 rows are in the DOM (ms since navigation start)',
      medianMs: median,
      samples: samples.map((s) => round(s)),
      target: TARGETS.pageFirstRenderMaxMs,
      met: median <= TARGETS.pageFirstRenderMaxMs,
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
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
    let page: Record<string, unknown> = { medianMs: null, reason: 'skipped', met: false };
    if (process.env.BENCH_BROWSER !== '0' && existsSync(join(REPO_ROOT, 'dist/web/index.html'))) {
      log('pglite: heat map page in Chromium…');
      page = await measurePage(server, pgliteSeed.orgId, pglite.cookie).catch((e: Error) => ({
        medianMs: null,
        reason: e.message,
        met: false,
      }));
    }
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
      benchmark: 'stuurboord-heatmap',
      at: new Date().toISOString(),
      machine: machineInfo(loadAtStart),
      settings,
      targets: TARGETS,
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
