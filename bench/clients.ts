/**
 * `npm run bench:clients`: prints ONE JSON document (also written to bench/results/clients-latest.json)
 * with, measured in one run on this machine (targets of issue 4, section "Performance"), on PGlite
 * (fresh temp DATA_DIR) and on PostgreSQL (a throwaway cluster, scripts/pg-throwaway.sh, started
 * and always stopped here), for a generated large provider (bench/clients/generate.ts: 600 clients,
 * 300,000 registrations in a year, January-September issued; bulk-inserted, not measured):
 *   - statementRun: statementOf + issueStatement of October, then of November (≤ 2 s each);
 *   - consumption: consumptionOverview for all clients as of 30 November, p50/p95 after warm-ups
 *     (p95 ≤ 150 ms on PostgreSQL, ≤ 400 ms on PGlite);
 *   - weekGrid: saveCells of 20 clients × 5 days (a December week, another group each run), p50/p95 (≤ 200 ms);
 *   - forecast: forecast() with 10,000 runs, p50 (≤ 2 s).
 * Settings (env): BENCH_CLIENTS (600), BENCH_REGISTRATIONS (300000), BENCH_SEED (2025), BENCH_RUNS (15), BENCH_WARMUPS (2).
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { reportHead } from './machine.ts';
import { join } from 'node:path';
import { addDays } from '../src/modules/clients/logic/index.ts';
import { consumptionOverview, forecast, issueStatement, statementOf } from '../src/modules/clients/overview.ts';
import { saveCells } from '../src/modules/clients/registrations.ts';
import { ruleSet } from '../src/modules/clients/rules.ts';
import type { Db } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { generateProvider } from './clients/generate.ts';
import { startPostgres } from './postgres.ts';
import {
  cleanUpOnInterrupt,
  logger,
  organisation,
  runBench,
  stopPostgres,
  withDatabase,
  writeReport,
} from './harness.ts';
import { envCount, percentile, round } from './stats.ts';

const settings = {
  clients: envCount('BENCH_CLIENTS', 600),
  registrations: envCount('BENCH_REGISTRATIONS', 300_000),
  seed: envCount('BENCH_SEED', 2025, 0),
  runs: envCount('BENCH_RUNS', 15),
  warmups: envCount('BENCH_WARMUPS', 2, 0),
  year: 2025,
  asOf: '2025-11-30',
  forecastRuns: 10_000,
};
const TARGETS = {
  statementRunMaxMs: 2_000,
  consumptionPostgresP95MaxMs: 150,
  consumptionPgliteP95MaxMs: 400,
  weekGridMaxMs: 200,
  forecastMaxMs: 2_000,
};
const ISSUED = ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `${settings.year}-${m}`);

const log = logger('bench:clients');
const stats = (samples: number[]) => ({
  p50Ms: round(percentile(samples, 50)),
  p95Ms: round(percentile(samples, 95)),
  minMs: round(Math.min(...samples)),
  maxMs: round(Math.max(...samples)),
  runs: samples.length,
  samplesMs: samples.map((s) => round(s)),
});
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** Everything measured on one database. */
async function measure(db: Db, engine: 'pglite' | 'postgresql') {
  const [ms] = await time(() => migrateToLatest(db));
  const org = await organisation(db, 'VZW Benchmark Cliënten');
  log(`${engine}: generating ${settings.clients} clients and ${settings.registrations} registrations…`);
  const [setupMs, provider] = await time(() =>
    generateProvider(db, org.id, {
      clients: settings.clients,
      registrations: settings.registrations,
      year: settings.year,
      seed: settings.seed,
      issuedMonths: ISSUED,
    }),
  );
  const rules = await ruleSet(db, org.id);

  log(`${engine}: statement runs…`);
  const statementRuns = [];
  for (const month of [`${settings.year}-10`, `${settings.year}-11`]) {
    const [draftMs, draft] = await time(() => statementOf(db, org.id, month, rules));
    const [issueMs, issued] = await time(() => issueStatement(db, org.id, month, null as unknown as string, rules));
    statementRuns.push({
      month,
      draftMs: round(draftMs),
      issueMs: round(issueMs),
      totalMs: round(draftMs + issueMs),
      careLines: draft.statement.careLines.length,
      totalCents: issued.statement.totalCents,
    });
  }
  const statementMax = Math.max(...statementRuns.map((r) => r.totalMs));

  log(`${engine}: consumption overview…`);
  for (let i = 0; i < settings.warmups; i++) await consumptionOverview(db, org.id, settings.year, settings.asOf);
  const consumptionSamples: number[] = [];
  let rows = 0;
  for (let i = 0; i < settings.runs; i++) {
    const [t, result] = await time(() => consumptionOverview(db, org.id, settings.year, settings.asOf));
    consumptionSamples.push(t);
    rows = result.length;
  }

  log(`${engine}: week grids…`);
  const gridSamples: number[] = [];
  for (let i = 0; i < settings.warmups + settings.runs; i++) {
    const monday = addDays('2025-12-01', 7 * (i % 4));
    const grid = provider.grids[i % provider.grids.length]!;
    const cells = grid.flatMap((g) =>
      [0, 1, 2, 3, 4].map((d) => ({
        clientId: g.clientId,
        functionCode: g.functionCode,
        date: addDays(monday, d),
        units: g.functionCode.startsWith('individuele') ? 1.5 : 1,
      })),
    );
    const [t, saved] = await time(() => saveCells(db, org.id, null, cells, rules));
    if (saved.saved !== 100) throw new Error(`saveCells saved ${saved.saved} cells`);
    if (i >= settings.warmups) gridSamples.push(t);
  }

  log(`${engine}: forecast…`);
  const forecastSamples: number[] = [];
  let forecastCheck: unknown;
  for (let i = 0; i < 1 + 3; i++) {
    const [t, result] = await time(() =>
      forecast(db, org.id, rules, { runs: settings.forecastRuns, seed: 1, inflowPerMonth: 0.5, startMonth: '2025-12' }),
    );
    if (i > 0) forecastSamples.push(t);
    forecastCheck = { clients: result.clients, firstMonthIncomeP50Cents: result.months[0]?.incomeP50 ?? null };
  }
  const consumption = stats(consumptionSamples);
  const week = stats(gridSamples);
  const fc = stats(forecastSamples);
  const consumptionTarget =
    engine === 'postgresql' ? TARGETS.consumptionPostgresP95MaxMs : TARGETS.consumptionPgliteP95MaxMs;
  return {
    setup: {
      migrateMs: round(ms),
      generateAndInsertMs: round(setupMs),
      registrations: provider.registrations,
      clients: provider.clientIds.length,
      issuedMonths: ISSUED.length,
    },
    statementRun: {
      what: 'statementOf + issueStatement of one month (9 earlier months issued, corrections recomputed)',
      runs: statementRuns,
      target: { maxMs: TARGETS.statementRunMaxMs },
      met: statementMax <= TARGETS.statementRunMaxMs,
    },
    consumption: {
      what: `consumptionOverview(${settings.year}, asOf ${settings.asOf}) for all clients`,
      rows,
      ...consumption,
      target: { p95MaxMs: consumptionTarget },
      met: consumption.p95Ms <= consumptionTarget,
    },
    weekGrid: {
      what: 'saveCells: 20 clients × 5 days (100 cells, upserts), a different group and December week each run',
      ...week,
      target: { maxMs: TARGETS.weekGridMaxMs, on: 'p95' },
      met: week.p95Ms <= TARGETS.weekGridMaxMs,
    },
    forecast: {
      what: `forecast() with ${settings.forecastRuns} Monte-Carlo runs, after one warm-up`,
      ...fc,
      check: forecastCheck,
      target: { maxMs: TARGETS.forecastMaxMs, on: 'p50' },
      met: fc.p50Ms <= TARGETS.forecastMaxMs,
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const work = mkdtempSync(join(os.tmpdir(), 'stuurboord-bench-clients-'));
  let postgres: ReturnType<typeof startPostgres> | undefined;
  cleanUpOnInterrupt(() => postgres, work);
  try {
    const onPglite = await withDatabase({ dataDir: join(work, 'pglite') }, (db) => measure(db, 'pglite'));

    log('PostgreSQL: starting a throwaway cluster…');
    postgres = startPostgres();
    const onPg = await withDatabase({ databaseUrl: postgres.databaseUrl, dataDir: join(work, 'unused') }, (db) =>
      measure(db, 'postgresql'),
    );
    postgres.stop();

    const verdict = Object.fromEntries(
      (['statementRun', 'consumption', 'weekGrid', 'forecast'] as const).flatMap((k) => [
        [`${k}Pglite`, onPglite[k].met],
        [`${k}Postgresql`, onPg[k].met],
      ]),
    );
    const report = {
      ...reportHead('stuurboord-clients', loadAtStart, settings, TARGETS),
      pglite: onPglite,
      postgresql: onPg,
      verdict: { ...verdict, pass: Object.values(verdict).every(Boolean) },
      totalMs: Math.round(performance.now() - started),
    };
    writeReport('clients-latest.json', report, report.verdict.pass, log);
  } finally {
    stopPostgres(postgres, log);
    rmSync(work, { recursive: true, force: true });
  }
}

runBench(main, log);
