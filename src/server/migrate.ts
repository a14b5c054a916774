import { Migrator, type MigrationResultSet } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import type { Db } from './db.ts';

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).map((r) => `${r.direction} ${r.migrationName}`);
}

/** Brings the schema to the newest migration; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

/** Migrates up or down to the named migration (it stays applied; the ones after it are undone). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  return check(await migrator(db).migrateTo(name));
}

/** Undoes the newest migration (used by `stuurboord migrate --down`). */
export async function migrateDown(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateDown());
}
