/**
 * Kysely dialect for PGlite (embedded PostgreSQL), written here so that Kysely can stay on the 0.28
 * line, whose `engines` allow Node 20 (Kysely's own PGlite dialect needs 0.29, which asks for Node 22).
 *
 * PGlite is one connection. The driver lends it to one caller at a time: a query of one request must
 * never run inside another request's open transaction, so a transaction keeps the connection until
 * commit or rollback and everyone else waits in line.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

export interface PGliteDialectConfig {
  /** The PGlite instance, created lazily on first use. */
  pglite: () => PGlite | Promise<PGlite>;
}

export class PGliteDialect implements Dialect {
  constructor(private readonly config: PGliteDialectConfig) {}
  createAdapter(): DialectAdapter {
    return new PGliteAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.config);
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

/** PostgreSQL's SQL; no advisory lock for migrations: the migrator holds the only connection anyway. */
class PGliteAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class PGliteConnection implements DatabaseConnection {
  constructor(readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { affectedRows, rows } = await this.pglite.query<R>(query.sql, query.parameters as unknown[], {
      rowMode: 'object',
    });
    return { rows: rows ?? [], ...(affectedRows != null ? { numAffectedRows: BigInt(affectedRows) } : {}) };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream; the generator only refuses
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by PGlite.');
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

class PGliteDriver implements Driver {
  private connection: PGliteConnection | undefined;
  /** Settles when the current holder releases the connection. */
  private tail: Promise<void> = Promise.resolve();
  private readonly release = new WeakMap<DatabaseConnection, () => void>();

  constructor(private readonly config: PGliteDialectConfig) {}

  async init(): Promise<void> {
    const pglite = await this.config.pglite();
    await pglite.waitReady;
    this.connection = new PGliteConnection(pglite);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.tail;
    let done!: () => void;
    this.tail = new Promise<void>((resolve) => (done = resolve));
    await previous;
    if (!this.connection) throw new Error('PGlite: the database is closed');
    // Each loan is its own object so that a late release of an old loan cannot free a newer one.
    const loan = Object.create(this.connection) as PGliteConnection;
    this.release.set(loan, done);
    return loan;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.release.get(connection)?.();
    this.release.delete(connection);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let text = 'begin';
    if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) text += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(text));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdent(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdent(name)}`));
  }

  async destroy(): Promise<void> {
    const pglite = this.connection?.pglite;
    this.connection = undefined;
    if (pglite && !pglite.closed) await pglite.close();
  }
}
