/**
 * `npm run bench:sociale-balans`: prints ONE JSON document (also written to
 * bench/results/sociale-balans-latest.json) with the time to compute the sociale balans (and the HR key
 * figures) of one year for an organisation of 2,000 employees with 5 years of contracts, payroll
 * months, absences and training — loading from the database included, as the route does — on PGlite
 * (a fresh temp DATA_DIR, in this process) and on PostgreSQL (a throwaway cluster, scripts/pg-throwaway.sh,
 * started and always stopped here). Targets of issue 13: ≤ 300 ms on PostgreSQL, ≤ 1 s on PGlite.
 * Settings (env): BENCH_EMPLOYEES (2000), BENCH_ROUNDS (7; the median is reported, after one warm-up),
 * BENCH_PG=0 to skip PostgreSQL. Progress goes to stderr; only the JSON goes to stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadHrFigures, loadSocialeBalans } from '../src/modules/people/balans-load.ts';
import { insertPeopleData } from '../src/modules/people/balans-fixture.ts';
import type { PeopleData } from '../src/modules/people/logic/types.ts';
import { generate } from './sociale-balans-data.ts';
import type { Db } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { logger, organisation, withDatabase, writeReport } from './harness.ts';
import { machineInfo } from './machine.ts';
import { startPostgres } from './postgres.ts';

const settings = {
  employees: Number(process.env.BENCH_EMPLOYEES ?? 2000),
  rounds: Number(process.env.BENCH_ROUNDS ?? 7),
  years: [2021, 2022, 2023, 2024, 2025],
  year: 2025,
};
const TARGETS = { postgresqlMsMax: 300, pgliteMsMax: 1000 };
const log = logger('bench:sociale-balans');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(db: Db, engine: string, data: PeopleData) {
  await migrateToLatest(db);
  const org = await organisation(db, `Bench ${engine}`);
  const t0 = performance.now();
  await insertPeopleData(db, org.id, data);
  log(`${engine}: data inserted in ${Math.round(performance.now() - t0)} ms`);
  const time = async (fn: () => Promise<unknown>) => {
    await fn();
    const ms: number[] = [];
    for (let i = 0; i < settings.rounds; i++) {
      const start = performance.now();
      await fn();
      ms.push(performance.now() - start);
    }
    return { medianMs: Math.round(median(ms)), minMs: Math.round(Math.min(...ms)), maxMs: Math.round(Math.max(...ms)) };
  };
  const balans = await time(() => loadSocialeBalans(db, org.id, settings.year, true));
  const hr = await time(() => loadHrFigures(db, org.id, settings.year));
  const b = await loadSocialeBalans(db, org.id, settings.year, false);
  log(`${engine}: sociale balans median ${balans.medianMs} ms, HR figures ${hr.medianMs} ms`);
  return {
    socialeBalans: balans,
    hrFigures: hr,
    averageFte: Math.round(b.size.fte * 100) / 100,
    model: b.model,
    figures: b.figures.length,
    missing: b.missing.length,
  };
}

async function main() {
  const data = generate(settings.employees, settings.years);
  const rows = {
    employees: data.employees.length,
    contracts: data.contracts.length,
    payrollMonths: data.payroll.length,
    absences: data.absences.length,
    trainings: data.trainings.length,
  };
  log(`generated ${JSON.stringify(rows)}`);
  const dir = mkdtempSync(join(os.tmpdir(), 'stuurboord-bench-balans-'));
  const result: Record<string, unknown> = {};
  try {
    result.pglite = await withDatabase({ dataDir: dir }, (db) => measure(db, 'pglite', data));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_PG !== '0') {
    const pg = startPostgres();
    try {
      result.postgresql = await withDatabase({ databaseUrl: pg.databaseUrl, dataDir: dir }, (db) =>
        measure(db, 'postgresql', data),
      );
    } finally {
      pg.stop();
    }
  }
  const ms = (engine: string) =>
    (result[engine] as { socialeBalans: { medianMs: number } } | undefined)?.socialeBalans.medianMs;
  const verdict = {
    pglite: (ms('pglite') ?? Infinity) <= TARGETS.pgliteMsMax,
    postgresql: ms('postgresql') === undefined ? null : ms('postgresql')! <= TARGETS.postgresqlMsMax,
  };
  const report = {
    benchmark: 'sociale-balans',
    machine: machineInfo(),
    settings,
    rows,
    targets: TARGETS,
    ...result,
    verdict,
  };
  writeReport('sociale-balans-latest.json', report, verdict.pglite && verdict.postgresql !== false, log);
}

await main();
