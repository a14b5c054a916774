import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { startAuditRetention } from '../modules/audit/retention.ts';
import { createApp } from './app.ts';
import { bootstrap, sweepExpired } from './bootstrap.ts';
import { readConfig } from './config.ts';
import { DataDirLocked, lockDataDir } from './data-lock.ts';
import { openDatabase } from './db.ts';
import { drainable, refusedWhileStopping } from './lifecycle.ts';
import { migrateToLatest } from './migrate.ts';

const config = readConfig();
let lock: ReturnType<typeof lockDataDir> | undefined;
if (!config.databaseUrl) {
  try {
    lock = lockDataDir(config.dataDir, { role: 'server', url: config.publicUrl });
  } catch (error) {
    if (!(error instanceof DataDirLocked)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const db = openDatabase(config);
await migrateToLatest(db);
await sweepExpired(db);
const auditRetention = startAuditRetention(db, config.auditRetentionDays);
const notes = await bootstrap(db, config);

const app = createApp({ db, config });
const server = serve(
  {
    fetch: (request, env) => (requests.stopping ? refusedWhileStopping() : app.fetch(request, env)),
    port: config.port,
    hostname: config.host,
  },
  () => {
    console.log(`Stuurboord draait op ${config.publicUrl}`);
    console.log(`Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`);
    for (const line of notes) console.log(line);
  },
) as Server;
const requests = drainable(server);

let stopping = false;
/**
 * Stops within 5 s: refuses new requests (503), lets the accepted ones finish (at most 3.5 s), closes
 * the connections, then the database, and releases the data folder.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: Stuurboord stopt…`);
  setTimeout(() => {
    console.error('Stuurboord: gedwongen gestopt na 4,8 s.');
    process.exit(1);
  }, 4_800).unref();
  const cut = await requests.stop(3_500);
  auditRetention.stop();
  await db.destroy();
  lock?.release();
  console.log(`Stuurboord gestopt: database gesloten${cut ? `, ${cut} lopende verzoeken afgebroken` : ''}.`);
  process.exit(cut ? 1 : 0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
