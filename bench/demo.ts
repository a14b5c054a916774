/**
 * `npm run bench:demo`: prints ONE JSON document (also written to bench/results/demo-latest.json)
 * with two timings that used to be asserted inside API tests (wall-clock asserts do not belong in
 * tests: a busy machine fails them without a fault in the code):
 *   - createDemoMs: generating the whole demo organisation (seed 13) on a fresh in-memory PGlite
 *     database, median over BENCH_RUNS runs (target ≤ 20 s);
 *   - cockpitMs: the cockpit of that demo organisation computed in-process (KPIs recomputed from the
 *     other modules on the first call), median over BENCH_RUNS fresh organisations (target ≤ 5 s).
 * Settings (env): BENCH_RUNS (3). Progress goes to stderr; only the JSON goes to stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createDemo } from '../src/demo/generate.ts';
import { cockpitOf } from '../src/modules/performance/cockpit.ts';
import { openDatabase } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { machineInfo } from './machine.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_RUNS must be an integer ≥ 1');
const TARGETS = { createDemoMaxMs: 20_000, cockpitMaxMs: 5_000 };
const NOW = new Date('2026-11-23T09:00:00Z');
const log = (message: string) => process.stderr.write(`bench:demo: ${message}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
const round = (ms: number) => Math.round(ms);

const load = os.loadavg()[0]!;
const createDemoMs: number[] = [];
const cockpitMs: number[] = [];
for (let run = 1; run <= runs; run++) {
  const db = openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(db);
    let started = performance.now();
    const demo = await createDemo(db, { seed: 13, now: NOW });
    createDemoMs.push(performance.now() - started);
    started = performance.now();
    await cockpitOf(db, demo.orgId, { today: '2026-11-23' });
    cockpitMs.push(performance.now() - started);
    log(`run ${run}/${runs}: demo ${round(createDemoMs.at(-1)!)} ms, cockpit ${round(cockpitMs.at(-1)!)} ms`);
  } finally {
    await db.destroy();
  }
}

const result = {
  benchmark: 'demo',
  measuredAt: new Date().toISOString(),
  machine: machineInfo(load),
  settings: { runs, seed: 13, now: NOW.toISOString(), database: 'PGlite in memory' },
  createDemoMs: {
    median: round(median(createDemoMs)),
    samples: createDemoMs.map(round),
    target: TARGETS.createDemoMaxMs,
    withinTarget: median(createDemoMs) <= TARGETS.createDemoMaxMs,
  },
  cockpitMs: {
    median: round(median(cockpitMs)),
    samples: cockpitMs.map(round),
    target: TARGETS.cockpitMaxMs,
    withinTarget: median(cockpitMs) <= TARGETS.cockpitMaxMs,
  },
};
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'demo-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
