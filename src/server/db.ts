import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { AuditTables } from '../modules/audit/tables.ts';
import type { AuthTables } from '../modules/auth/tables.ts';
import type { ClientTables } from '../modules/clients/tables.ts';
import type { GovernanceTables } from '../modules/governance/tables.ts';
import type { FinanceTables } from '../modules/finance/tables.ts';
import type { OrgTables } from '../modules/orgs/tables.ts';
import type { CafTables } from '../modules/caf/tables.ts';
import type { CompetenceTables } from '../modules/competences/tables.ts';
import type { PartnershipTables } from '../modules/partnerships/tables.ts';
import type { HandbookTables } from '../modules/handbook/tables.ts';
import type { ComplaintTables } from '../modules/complaints/tables.ts';
import type { JobCarvingTables } from '../modules/job-carving/tables.ts';
import type { PeopleTables } from '../modules/people/tables.ts';
import type { SocialEconomyTables } from '../modules/social-economy/tables.ts';
import type { PerformanceTables } from '../modules/performance/tables.ts';
import type { StrategyTables } from '../modules/strategy/tables.ts';
import type { SurveyTables } from '../modules/surveys/tables.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { IdentityWritePlugin, SessionCache } from './session-cache.ts';

/** Every table of Stuurboord; each module declares its own in `tables.ts`. */
export interface Database
  extends OrgTables,
    AuthTables,
    AuditTables,
    FinanceTables,
    ClientTables,
    PerformanceTables,
    CafTables,
    SurveyTables,
    PeopleTables,
    CompetenceTables,
    StrategyTables,
    PartnershipTables,
    GovernanceTables,
    HandbookTables,
    ComplaintTables,
    SocialEconomyTables,
    JobCarvingTables {}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: query functions accept either. */
export type DbOrTx = Db | Transaction<Database>;

// numeric and int8 come back as strings from pg; we convert explicitly where we read them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// A date is a calendar day, not an instant: keep it as 'yyyy-mm-dd' text on both drivers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
const PGLITE_PARSERS = { 1082: (v: string) => v, 20: (v: string) => Number(v) };

/**
 * Opens the database: a PostgreSQL server when `databaseUrl` is given, else PGlite in `dataDir`
 * (`memory://` for a throwaway in-memory database).
 */
export function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Db {
  const cache = new SessionCache();
  const plugins = [new IdentityWritePlugin(() => cache.clear())];
  let db: Db;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection can be ended by the server (restart, DROP DATABASE … FORCE in tests). The
    // pool drops it and opens a new one when needed; without a listener the error would be fatal.
    pool.on('error', (error) => console.error(`PostgreSQL: idle connection closed (${error.message})`));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  } else {
    if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
    db = new Kysely<Database>({
      dialect: new PGliteDialect({ pglite: () => new PGlite(opts.dataDir, { parsers: PGLITE_PARSERS }) }),
      plugins,
    });
  }
  sessionCaches.set(db, cache);
  return db;
}

const sessionCaches = new WeakMap<Db, SessionCache>();

/** The session cache of a database opened with `openDatabase`. */
export function sessionCacheOf(db: Db): SessionCache {
  const cache = sessionCaches.get(db);
  if (!cache) throw new Error('sessionCacheOf: database not opened with openDatabase()');
  return cache;
}
