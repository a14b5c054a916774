import { serve } from '@hono/node-server';
import { startAuditRetention } from '../modules/audit/retention.ts';
import { createApp } from './app.ts';
import { bootstrap, sweepExpired } from './bootstrap.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db.ts';
import { migrateToLatest } from './migrate.ts';

const config = readConfig();
const db = openDatabase(config);
await migrateToLatest(db);
await sweepExpired(db);
const auditRetention = startAuditRetention(db, config.auditRetentionDays);
const notes = await bootstrap(db, config);

const server = serve({ fetch: createApp({ db, config }).fetch, port: config.port, hostname: config.host }, () => {
  console.log(`Stuurboord draait op ${config.publicUrl}`);
  console.log(`Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`);
  for (const line of notes) console.log(line);
});

let stopping = false;
/** Stops accepting requests, lets running ones finish, closes the database, and exits within 5 s. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: Stuurboord stopt…`);
  setTimeout(() => process.exit(1), 4_500).unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
  auditRetention.stop();
  await db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
