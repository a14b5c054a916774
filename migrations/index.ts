import type { Migration } from 'kysely/migration';
import * as foundation from './20261123T0700_foundation.ts';
import * as finance from './20261123T0800_finance.ts';
import * as clients from './20261123T0900_clients.ts';

/**
 * Every migration by its timestamped name, in order. Listed here (not read from the folder) so the
 * same code runs under tsx, Vitest and a bundler. Add a new file and one line below.
 */
export const migrations: Record<string, Migration> = {
  '20261123T0700_foundation': foundation,
  '20261123T0800_finance': finance,
  '20261123T0900_clients': clients,
};
