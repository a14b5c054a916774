/**
 * `npm run bench:finance`: prints ONE JSON document (also written to
 * bench/results/finance-latest.json) with, measured in one run on this machine
 * (targets of issue 3, section "Performance"):
 *   - ledgerImport: a generated ledger CSV (bench/finance/generate.ts, seeded) imported end to end
 *     with importLedger (parse + validate + insert, one transaction) on PGlite (fresh temp
 *     DATA_DIR) and on PostgreSQL (a throwaway cluster, scripts/pg-throwaway.sh, started and
 *     stopped here), and the same file loaded with `psql \copy … FROM` into a bare table of text
 *     columns as the limit; where the time goes (parse alone, each SQL statement);
 *   - costPrice: costPriceReport for that year with a 60-centre, 10-key model, step-down and
 *     reciprocal, p50/p95 after warm-ups, on PGlite and PostgreSQL;
 *   - costPricePage: the real server with the demo organisation, headless Chromium, the median
 *     first render of /o/<org>/finance/costprice (services table visible) over cold page loads
 *     in fresh browser contexts.
 * Settings (env): BENCH_LEDGER_LINES (200000), BENCH_SEED (2025), BENCH_COSTPRICE_RUNS (15),
 * BENCH_COSTPRICE_WARMUPS (2), BENCH_COPY_RUNS (3), BENCH_PAGE_LOADS (5), BENCH_PAGE_WARMUPS (1),
 * BENCH_BROWSER=0 to skip the browser part, BENCH_BUILD=1 to rebuild the UI first (otherwise only
 * when dist/web/index.html is missing).
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { reportHead } from './machine.ts';
import { join } from 'node:path';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { sql } from 'kysely';
import { startServer, type RunningServer } from '../e2e/harness.ts';
import { costPriceReport, saveModel, type Method } from '../src/modules/finance/costing.ts';
import { parseLedgerFile } from '../src/modules/finance/files.ts';
import { importLedger } from '../src/modules/finance/ledger.ts';
import type { Db } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { generateLedgerCsv, generateModel, LEDGER_HEADER, MAIN_COUNT } from './finance/generate.ts';
import { startPostgres } from './postgres.ts';
import {
  buildUiIfNeeded,
  cleanUpOnInterrupt,
  coldLoads,
  logger,
  organisation,
  runBench,
  stopPostgres,
  sessionCookie,
  withDatabase,
  writeReport,
} from './harness.ts';
import { envCount, percentile, round } from './stats.ts';

const settings = {
  ledgerLines: envCount('BENCH_LEDGER_LINES', 200_000),
  seed: envCount('BENCH_SEED', 2025, 0),
  year: 2025,
  costPriceRuns: envCount('BENCH_COSTPRICE_RUNS', 15),
  costPriceWarmups: envCount('BENCH_COSTPRICE_WARMUPS', 2, 0),
  copyRuns: envCount('BENCH_COPY_RUNS', 3),
  pageLoads: envCount('BENCH_PAGE_LOADS', 5),
  pageWarmups: envCount('BENCH_PAGE_WARMUPS', 1, 0),
  browser: process.env.BENCH_BROWSER !== '0',
};
const TARGETS = {
  importVsCopyMin: 0.3,
  importPgliteMaxMs: 15_000,
  costPricePostgresP50MaxMs: 300,
  costPricePgliteP50MaxMs: 1_000,
  pageFirstRenderMaxMs: 1_500,
};
/** Lines of the warm-up import (another organisation) before each timed import. */
const WARMUP_LINES = 5_000;

const log = logger('bench:finance');

const median = (samples: readonly number[]) => percentile(samples, 50);

/**
 * Times every statement a Kysely instance runs (compile → result), grouped by the statement's
 * first words: shows how an import's time splits between the database and JavaScript.
 */
class StatementTimer implements KyselyPlugin {
  private readonly started = new Map<unknown, { at: number; label: string }>();
  readonly totals = new Map<string, { count: number; ms: number }>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.started.set(args.queryId, { at: performance.now(), label: labelOf(args.node) });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const start = this.started.get(args.queryId);
    if (start) {
      this.started.delete(args.queryId);
      const total = this.totals.get(start.label) ?? { count: 0, ms: 0 };
      total.count++;
      total.ms += performance.now() - start.at;
      this.totals.set(start.label, total);
    }
    return args.result;
  }

  summary(): { statement: string; count: number; ms: number }[] {
    return [...this.totals]
      .map(([statement, t]) => ({ statement, count: t.count, ms: round(t.ms) }))
      .sort((a, b) => b.ms - a.ms);
  }

  totalMs(): number {
    return [...this.totals.values()].reduce((s, t) => s + t.ms, 0);
  }
}

/** "insert fin_ledger_line", "select fin_account" … from an operation node (raw SQL: its first words). */
function labelOf(node: RootOperationNode): string {
  const n = node as unknown as {
    kind: string;
    into?: { table: { identifier: { name: string } } };
    table?: { table: { identifier: { name: string } } };
    from?: {
      froms: {
        kind: string;
        table?: { identifier: { name: string } };
        node?: { table?: { identifier: { name: string } } };
      }[];
    };
    sqlFragments?: readonly string[];
  };
  switch (n.kind) {
    case 'InsertQueryNode':
      return `insert ${n.into?.table.identifier.name ?? '?'}`;
    case 'UpdateQueryNode':
      return `update ${n.table?.table.identifier.name ?? '?'}`;
    case 'DeleteQueryNode':
      return 'delete';
    case 'SelectQueryNode': {
      const from = n.from?.froms[0];
      return `select ${from?.table?.identifier.name ?? from?.node?.table?.identifier.name ?? '?'}`;
    }
    case 'RawNode':
      return (n.sqlFragments?.[0] ?? '').trim().split(/\s+/).slice(0, 3).join(' ').toLowerCase();
    default:
      return n.kind;
  }
}

/** A database with the schema, the organisation for the benchmark and one for the warm-up. */
async function prepare(db: Db): Promise<{ orgId: string; warmupOrgId: string }> {
  await migrateToLatest(db);
  const org = await organisation(db, 'VZW Benchmark');
  const warm = await organisation(db, 'VZW Opwarming');
  return { orgId: org.id, warmupOrgId: warm.id };
}

interface ImportFigures {
  ms: number;
  linesPerSec: number;
  lines: number;
  /** Where the time went: SQL statements (compile → result, incl. waiting for the server) and the rest (JavaScript: parse, validate, build parameters). */
  breakdown: { sqlMs: number; otherMs: number; statements: { statement: string; count: number; ms: number }[] };
}

async function timedImport(
  db: Db,
  orgId: string,
  warmupOrgId: string,
  bytes: Uint8Array,
  warmup: Uint8Array,
): Promise<ImportFigures> {
  // Warm-up on another organisation: JIT, connection, catalogue caches; not measured.
  await importLedger(db, warmupOrgId, null, {
    year: settings.year,
    fileName: 'opwarming.csv',
    bytes: warmup,
    mapping: {},
    accountMapping: {},
    newAccounts: [],
    replace: false,
  });
  const timer = new StatementTimer();
  const started = performance.now();
  const result = await importLedger(db.withPlugin(timer), orgId, null, {
    year: settings.year,
    fileName: `grootboek-${settings.year}.csv`,
    bytes,
    mapping: {},
    accountMapping: {},
    newAccounts: [],
    replace: false,
  });
  const ms = performance.now() - started;
  if (result.lines !== settings.ledgerLines)
    throw new Error(`imported ${result.lines} lines, expected ${settings.ledgerLines}`);
  return {
    ms: round(ms),
    linesPerSec: Math.round((settings.ledgerLines / ms) * 1000),
    lines: result.lines,
    breakdown: {
      sqlMs: round(timer.totalMs()),
      otherMs: round(ms - timer.totalMs()),
      statements: timer.summary(),
    },
  };
}

/** Both methods, warm-ups first, then `costPriceRuns` timed runs each. */
async function timedCostPrice(db: Db, orgId: string) {
  const out: Record<
    Method,
    { p50Ms: number; p95Ms: number; minMs: number; maxMs: number; runs: number; samplesMs: number[] }
  > = {} as never;
  let check: { services: number; totalCostCents: number; mainTotalCents: number; flows: number } | undefined;
  const analyzedBefore = await analyzed(db);
  for (const method of ['stepdown', 'reciprocal'] as const) {
    for (let i = 0; i < settings.costPriceWarmups; i++) await costPriceReport(db, orgId, settings.year, method);
    const samples: number[] = [];
    for (let i = 0; i < settings.costPriceRuns; i++) {
      const started = performance.now();
      const report = await costPriceReport(db, orgId, settings.year, method);
      samples.push(performance.now() - started);
      if (method === 'stepdown' && i === 0)
        check = {
          services: report.services.length,
          totalCostCents: report.totalCostCents,
          mainTotalCents: report.mainTotalCents,
          flows: report.flows.length,
        };
    }
    out[method] = {
      p50Ms: round(median(samples)),
      p95Ms: round(percentile(samples, 95)),
      minMs: round(Math.min(...samples)),
      maxMs: round(Math.max(...samples)),
      runs: samples.length,
      samplesMs: samples.map((s) => round(s)),
    };
  }
  if (!check || check.services !== MAIN_COUNT || check.mainTotalCents !== check.totalCostCents) {
    throw new Error(`cost price report looks wrong: ${JSON.stringify(check)}`);
  }
  // Where the time of one report goes: the ledger aggregate alone.
  const aggregate: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await sql`SELECT l.account, l.cost_centre, sum(l.amount_cents)::text FROM fin_ledger_line l JOIN fin_ledger_import i ON i.id = l.import_id
      WHERE i.org_id = ${orgId} AND i.year = ${settings.year} AND i.is_current GROUP BY l.account, l.cost_centre`.execute(
      db,
    );
    aggregate.push(performance.now() - started);
  }
  // Right after a bulk import the planner has no statistics for fin_ledger_line until (auto)ANALYZE
  // runs; its plans for the ledger aggregate differ a lot, so say which case was measured.
  const plannerStatistics = { analyzedBeforeRuns: analyzedBefore, analyzedAfterRuns: await analyzed(db) };
  return { ...out, ledgerAggregateP50Ms: round(median(aggregate)), plannerStatistics, check };
}

/** Whether fin_ledger_line has been analysed (by ANALYZE or autovacuum) since it was created. */
async function analyzed(db: Db): Promise<boolean> {
  const { rows } = await sql<{
    at: unknown;
  }>`SELECT coalesce(last_analyze, last_autoanalyze) AS at FROM pg_stat_user_tables WHERE relname = 'fin_ledger_line'`.execute(
    db,
  );
  return rows[0]?.at !== null && rows[0]?.at !== undefined;
}

/** psql on PATH, else the newest Debian cluster's bin dir. */
function psqlPath(): string {
  if (spawnSync('psql', ['--version']).status === 0) return 'psql';
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin/psql'))) return join(root, v, 'bin/psql');
  throw new Error('psql not found');
}

/** The CSV file loaded with `\copy … FROM` into a bare table of text columns, `copyRuns` times. */
function copyLimit(databaseUrl: string, file: string) {
  const psql = psqlPath();
  const run = (commands: string[]) => {
    const result = spawnSync(
      psql,
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, ...commands.flatMap((c) => ['-c', c])],
      {
        encoding: 'utf8',
        env: { ...process.env, PGCLIENTENCODING: 'UTF8' },
      },
    );
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    return result.stdout;
  };
  const columns = LEDGER_HEADER.split(';')
    .map((c) => `${c} text`)
    .join(', ');
  run(['DROP TABLE IF EXISTS bench_copy', `CREATE TABLE bench_copy (${columns})`]);
  const samples: { ms: number; wallMs: number }[] = [];
  for (let i = 0; i < settings.copyRuns; i++) {
    run(['TRUNCATE bench_copy']);
    const started = performance.now();
    const out = run(['\\timing on', `\\copy bench_copy FROM '${file}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`]);
    const wallMs = performance.now() - started;
    const ms = Number(/Time: ([\d.]+) ms/.exec(out)?.[1]);
    if (!Number.isFinite(ms)) throw new Error(`psql printed no timing: ${out}`);
    samples.push({ ms, wallMs });
  }
  const rows = Number(run(['\\pset tuples_only on', 'SELECT count(*) FROM bench_copy']).trim());
  if (rows !== settings.ledgerLines) throw new Error(`COPY loaded ${rows} rows, expected ${settings.ledgerLines}`);
  run(['DROP TABLE bench_copy']);
  const ms = median(samples.map((s) => s.ms));
  return {
    method:
      'psql \\copy … FROM (FORMAT csv) into an unindexed table of 7 text columns; time = psql \\timing of the copy command (file read + transfer + insert), median',
    ms: round(ms),
    linesPerSec: Math.round((settings.ledgerLines / ms) * 1000),
    runs: samples.length,
    samplesMs: samples.map((s) => round(s.ms)),
    psqlProcessWallMs: samples.map((s) => round(s.wallMs)),
  };
}

/**
 * Records, in the page, the moment a table with "Dagondersteuning" is first in the DOM and visible.
 * A string, not a function: tsx would wrap named functions in a `__name` helper the page lacks.
 */
const FIRST_TABLE_SCRIPT = `(() => {
  const seen = () => {
    if (window.__firstTableMs !== undefined) return;
    for (const table of document.querySelectorAll('table')) {
      if (table.textContent.includes('Dagondersteuning') && table.getClientRects().length > 0) {
        window.__firstTableMs = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** The demo server in the browser: median first render of the cost-price page. */
async function pageBenchmark(): Promise<Record<string, unknown>> {
  buildUiIfNeeded(log);
  let server: RunningServer | undefined;
  try {
    log('starting the server with the demo organisation…');
    server = await startServer({ demo: true, timeoutMs: 120_000 });
    const cookie = await sessionCookie(server.url, 'directie@demo.stuurboord.be', 'stuurboord-demo');
    const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as {
      memberships: { orgId: string; orgName: string }[];
    };
    const orgId = me.memberships[0]?.orgId;
    if (!orgId) throw new Error('the demo director has no organisation');
    const imports = await fetch(`${server.url}/api/orgs/${orgId}/finance/ledger/imports`, { headers: { cookie } });
    if (imports.status !== 200)
      return { firstRenderMs: null, reason: `GET /api/orgs/…/finance/ledger/imports answered ${imports.status}` };
    const years = ((await imports.json()) as { items: { year: number }[] }).items.map((i) => i.year);
    if (years.length === 0) return { firstRenderMs: null, reason: 'the demo organisation has no ledger' };
    const year = Math.max(...years);
    const path = `/o/${orgId}/finance/costprice?year=${year}`;

    const counts = { warmups: settings.pageWarmups, loads: settings.pageLoads };
    const samples = await coldLoads(server.url, cookie, counts, async (context) => {
      // Records, in the page, the moment a table with "Dagondersteuning" is first in the DOM and visible.
      await context.addInitScript(FIRST_TABLE_SCRIPT);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(path, { waitUntil: 'commit' });
      try {
        await page
          .locator('table', { hasText: 'Dagondersteuning' })
          .first()
          .waitFor({ state: 'visible', timeout: 20_000 });
      } catch {
        const text = (
          await page
            .locator('body')
            .innerText()
            .catch(() => '')
        )
          .slice(0, 300)
          .replace(/\s+/g, ' ');
        throw new Error(`no table with "Dagondersteuning" within 20 s at ${path}; the page shows: ${text}`);
      }
      const wallMs = performance.now() - started;
      const inPage = await page.evaluate(
        () => (window as unknown as { __firstTableMs?: number }).__firstTableMs ?? null,
      );
      if (inPage === null) throw new Error('the in-page observer saw no table with "Dagondersteuning"');
      return { firstRenderMs: inPage, wallMs };
    });
    const firstRenderMs = round(median(samples.map((s) => s.firstRenderMs)));
    return {
      url: path,
      year,
      measure:
        'performance.now() in the page (ms since navigation start) when a <table> containing "Dagondersteuning" is first in the DOM and visible; fresh browser context per load (no cache, session cookie only); median',
      firstRenderMs,
      samplesMs: samples.map((s) => round(s.firstRenderMs)),
      wallMsFromGoto: samples.map((s) => round(s.wallMs)),
      warmupLoads: settings.pageWarmups,
      target: TARGETS.pageFirstRenderMaxMs,
      met: firstRenderMs <= TARGETS.pageFirstRenderMaxMs,
    };
  } catch (error) {
    return { firstRenderMs: null, reason: (error as Error).message, target: TARGETS.pageFirstRenderMaxMs, met: false };
  } finally {
    if (server) await server.stop().catch((error: Error) => log(error.message));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const work = mkdtempSync(join(os.tmpdir(), 'stuurboord-bench-finance-'));
  let postgres: { databaseUrl: string; stop: () => void } | undefined;
  cleanUpOnInterrupt(() => postgres, work);
  try {
    log(`generating a ${settings.ledgerLines}-line ledger (seed ${settings.seed})…`);
    let t = performance.now();
    const ledger = generateLedgerCsv(settings.ledgerLines, settings.year, settings.seed);
    const generateMs = round(performance.now() - t);
    const file = join(work, `grootboek-${settings.year}.csv`);
    writeFileSync(file, ledger.csv);
    const bytes = new TextEncoder().encode(ledger.csv);
    const warmup = new TextEncoder().encode(generateLedgerCsv(WARMUP_LINES, settings.year, settings.seed + 1).csv);
    const model = generateModel(settings.year, settings.seed);

    // Parse alone (no database), after one warm-up parse: the JavaScript share of an import.
    await parseLedgerFile(warmup, {});
    t = performance.now();
    const parsed = await parseLedgerFile(bytes, {});
    const parseMs = round(performance.now() - t);
    if (parsed.lines.length !== settings.ledgerLines || parsed.errors.length)
      throw new Error(`the generated file does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);

    log('PGlite: migrations, then the timed import…');
    const [importPglite, costPglite] = await withDatabase({ dataDir: join(work, 'pglite') }, async (db) => {
      const ids = await prepare(db);
      const imported = await timedImport(db, ids.orgId, ids.warmupOrgId, bytes, warmup);
      log(`PGlite import: ${imported.ms} ms; cost price…`);
      await saveModel(db, ids.orgId, null, model);
      return [imported, await timedCostPrice(db, ids.orgId)] as const;
    });

    log('PostgreSQL: starting a throwaway cluster…');
    postgres = startPostgres();
    const databaseUrl = postgres.databaseUrl;
    const [importPg, copy, costPg] = await withDatabase({ databaseUrl, dataDir: join(work, 'unused') }, async (db) => {
      const ids = await prepare(db);
      const imported = await timedImport(db, ids.orgId, ids.warmupOrgId, bytes, warmup);
      log(`PostgreSQL import: ${imported.ms} ms; COPY limit…`);
      const limit = copyLimit(databaseUrl, file);
      log(`COPY: ${limit.ms} ms; cost price…`);
      await saveModel(db, ids.orgId, null, model);
      return [imported, limit, await timedCostPrice(db, ids.orgId)] as const;
    });
    postgres.stop();

    let page: Record<string, unknown> = {
      firstRenderMs: null,
      reason: 'skipped (BENCH_BROWSER=0)',
      target: TARGETS.pageFirstRenderMaxMs,
      met: false,
    };
    if (settings.browser) {
      log('browser: the cost-price page of the demo organisation…');
      page = await pageBenchmark();
    }

    const ratio = round(importPg.linesPerSec / copy.linesPerSec, 3);
    const verdict = {
      importPostgresVsCopy: ratio >= TARGETS.importVsCopyMin,
      importPglite: importPglite.ms <= TARGETS.importPgliteMaxMs,
      costPricePostgres:
        costPg.stepdown.p50Ms <= TARGETS.costPricePostgresP50MaxMs &&
        costPg.reciprocal.p50Ms <= TARGETS.costPricePostgresP50MaxMs,
      costPricePglite:
        costPglite.stepdown.p50Ms <= TARGETS.costPricePgliteP50MaxMs &&
        costPglite.reciprocal.p50Ms <= TARGETS.costPricePgliteP50MaxMs,
      costPricePage: page.met === true,
      pass: false,
    };
    verdict.pass =
      verdict.importPostgresVsCopy &&
      verdict.importPglite &&
      verdict.costPricePostgres &&
      verdict.costPricePglite &&
      verdict.costPricePage;

    const report = {
      ...reportHead('stuurboord-finance', loadAtStart, settings, TARGETS),
      data: {
        ledger: {
          lines: ledger.lines,
          bytes: bytes.length,
          year: settings.year,
          debitCents: ledger.debitCents,
          creditCents: ledger.creditCents,
          generateMs,
          header: LEDGER_HEADER,
        },
        model: {
          centres: model.centres.length,
          main: model.centres.filter((c) => c.kind === 'main').length,
          auxiliary: model.centres.filter((c) => c.kind === 'auxiliary').length,
          keys: model.keys.length,
          rules: model.rules.length,
          assignments: model.assignments.length,
        },
      },
      ledgerImport: {
        what: 'importLedger (parse + validate + insert, one transaction), after a warm-up import of 5,000 lines into another organisation',
        parseOnlyMs: parseMs,
        pglite: { ...importPglite, target: { maxMs: TARGETS.importPgliteMaxMs }, met: verdict.importPglite },
        postgresql: {
          ...importPg,
          target: { minRatioToCopy: TARGETS.importVsCopyMin },
          ratioToCopy: ratio,
          met: verdict.importPostgresVsCopy,
        },
        copy,
      },
      costPrice: {
        what: `costPriceReport for ${settings.year}: ${ledger.lines} ledger lines, ${model.centres.length} centres, ${model.keys.length} keys; ${settings.costPriceWarmups} warm-ups then ${settings.costPriceRuns} runs per method`,
        pglite: { ...costPglite, target: { p50MaxMs: TARGETS.costPricePgliteP50MaxMs }, met: verdict.costPricePglite },
        postgresql: {
          ...costPg,
          target: { p50MaxMs: TARGETS.costPricePostgresP50MaxMs },
          met: verdict.costPricePostgres,
        },
      },
      costPricePage: page,
      verdict,
      totalMs: 0,
    };
    report.totalMs = Math.round(performance.now() - started);
    writeReport('finance-latest.json', report, verdict.pass, log);
  } finally {
    stopPostgres(postgres, log);
    rmSync(work, { recursive: true, force: true });
  }
}

runBench(main, log);
