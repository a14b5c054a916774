/** The audit log's retention job: prunes entries older than the retention period, now and daily. */
import type { Db } from '../../server/db.ts';
import { pruneAudit } from './queries.ts';

const DAY_MS = 86_400_000;

/**
 * Prunes the audit log once now and then every `everyMs` (a day by default). The timer does not keep
 * the process alive; call `stop` when closing the database. A failed run is reported, not thrown.
 */
export function startAuditRetention(
  db: Db,
  days: number,
  everyMs = DAY_MS,
): { done: Promise<number>; stop: () => void } {
  const run = () =>
    pruneAudit(db, days).catch((error: unknown) => {
      console.error('Audit retention failed:', error);
      return 0;
    });
  const done = run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { done, stop: () => clearInterval(timer) };
}
