/**
 * `npm run bench:files`: hostile files against the real server (issue 10, item 1). Prints ONE JSON
 * document: time to refuse one 160 MB decompression bomb (400 KB XLSX), then four at once, then
 * four at once beside a large honest ledger preview (the verdict is on the bombs alone), with the slowest GET /api/health during the uploads and the
 * server's RSS growth, against the targets (refused within 5 s, health within 1 s, < 300 MB).
 * Progress goes to stderr.
 */
import { startServer, stopAll } from '../e2e/harness.ts';
import { hostileUploads } from './files-scenario.ts';
import { machineInfo } from './machine.ts';

const TARGETS = { refusalMaxMs: 5000, healthMaxMs: 1000, rssGrowthMaxMb: 300 };

async function main() {
  console.error('starting the server with the demo organisation …');
  const server = await startServer({ demo: true, timeoutMs: 180_000 });
  try {
    const pid = server.child.pid!;
    console.error('one bomb …');
    const single = await hostileUploads(server.url, pid, { hostileCount: 1, honestLines: 1 });
    console.error('four bombs at once …');
    const four = await hostileUploads(server.url, pid, { hostileCount: 4, honestLines: 1 });
    console.error('four bombs at once and a large honest ledger (250,000 lines) …');
    const mixed = await hostileUploads(server.url, pid, { hostileCount: 4, honestLines: 250_000 });
    const summary = (run: typeof single) => ({
      statuses: run.hostile.map((h) => h.value.status),
      limits: run.hostile.map((h) => h.value.body?.error?.details?.limit ?? null),
      refusalMs: run.hostile.map((h) => h.ms),
      honestPreview: { status: run.honest.value.status, ms: run.honest.ms },
      health: {
        requests: run.health.length,
        maxMs: Math.max(...run.health.map((h) => h.ms)),
        failures: run.health.filter((h) => h.value !== 200).length,
      },
      rss: run.rss,
    });
    const one = summary(single);
    const many = summary(four);
    const withHonest = summary(mixed);
    const result = {
      machine: machineInfo(),
      single: one,
      fourConcurrent: many,
      fourConcurrentWithLargeHonestLedger: withHonest,
      targets: TARGETS,
      verdict: {
        refusedWithin5s:
          [...one.refusalMs, ...many.refusalMs].every((ms) => ms <= TARGETS.refusalMaxMs) &&
          [...one.statuses, ...many.statuses].every((s) => s === 400),
        healthWithin1s: Math.max(one.health.maxMs, many.health.maxMs) <= TARGETS.healthMaxMs,
        rssGrowthUnder300Mb: Math.max(one.rss.growthMb, many.rss.growthMb) < TARGETS.rssGrowthMaxMb,
      },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stopAll();
  }
}

await main();
