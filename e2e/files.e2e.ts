/**
 * Hostile files against the real server process (issue 10, item 1): four decompression bombs at
 * once and one large honest ledger are read off the request thread, so GET /api/health keeps
 * answering while they are processed; every bomb is refused with a 400 naming the limit, and the
 * server's memory grows by less than 300 MB. Timings are in bench/files.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileUploads } from '../bench/files-scenario.ts';
import { startServer, stopAll, type RunningServer } from './harness.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: true, timeoutMs: 150_000 });
}, 180_000);
afterAll(async () => {
  await stopAll();
});

describe('hostile files on the real server', () => {
  it('refuses four bombs at once with a 400 naming the limit, keeps /api/health answering and memory bounded', {
    timeout: 120_000,
  }, async () => {
    const run = await hostileUploads(server.url, server.child.pid!, { hostileCount: 4, honestLines: 250_000 });
    for (const h of run.hostile) {
      expect(h.value.status, JSON.stringify(h.value.body)).toBe(400);
      expect(h.value.body.error.details).toMatchObject({ limit: 'entryBytes' });
      expect(h.value.body.error.message).toMatch(/grens van 100 MB uitgepakt per werkblad/);
    }
    expect(run.honest.value.status, JSON.stringify(run.honest.value.body).slice(0, 300)).toBe(200);
    // Ordering, not wall-clock: health requests started after the honest upload was sent
    // completed before that upload's answer (the parse ran in the file worker).
    const during = run.health.filter((h) => h.startedAt > run.honest.startedAt && h.endedAt < run.honest.endedAt);
    expect(during.length).toBeGreaterThan(0);
    expect(run.health.every((h) => h.value === 200)).toBe(true);
    expect(run.rss.growthMb).toBeLessThan(300);
  });
});
