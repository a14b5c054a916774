/**
 * `stuurboord <command> [options]` — administration from the shell. Every command prints JSON with
 * `--json`; errors go to stderr and exit with code 1 (2 for wrong usage).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { DataDirLocked, lockDataDir } from '../server/data-lock.ts';
import { openDatabase, type Db } from '../server/db.ts';
import { toAppError } from '../server/errors.ts';
import { migrateDown, migrateToLatest } from '../server/migrate.ts';
import { COMMANDS, type Command } from './commands.ts';

const USAGE = `Gebruik: stuurboord <commando> [opties] [--json]

Commando's:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)} ${c.usage}`)
  .join('\n')}
  migrate        [--down]   schema bijwerken (of de laatste migratie terugdraaien)

Database: PGlite in DATA_DIR (standaard ./data) of PostgreSQL via DATABASE_URL.`;

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command: Command | undefined = COMMANDS[name];
  if (!command && name !== 'migrate') {
    console.error(`Onbekend commando: ${name}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { json: { type: 'boolean' }, down: { type: 'boolean' }, ...(command?.options ?? {}) },
    strict: true,
  });
  const json = Boolean(values.json);
  const config = readConfig();
  // One process per embedded data folder: while the server runs, the CLI refuses (it would see a
  // stale copy and the server would not see the CLI's writes). Use the web application or the API.
  let lock: ReturnType<typeof lockDataDir> | undefined;
  if (!config.databaseUrl) {
    try {
      lock = lockDataDir(config.dataDir, { role: `cli ${name}` });
    } catch (error) {
      if (!(error instanceof DataDirLocked)) throw error;
      const body = { error: { code: 'data_dir_locked', message: error.message, holder: error.holder } };
      console.error(json ? JSON.stringify(body) : `Fout: ${error.message}`);
      return 1;
    }
  }
  const db: Db = openDatabase(config);
  try {
    if (name === 'migrate') {
      const ran = values.down ? await migrateDown(db) : await migrateToLatest(db);
      print(json, { migrations: ran }, ran.length ? ran.join('\n') : 'Schema is al bijgewerkt.');
      return 0;
    }
    await migrateToLatest(db);
    const result = await command!.run(db, values as Record<string, string | boolean | undefined>);
    if (result.file) writeFileSync(result.file.path, result.file.content);
    print(json, result.data, result.text);
    return 0;
  } catch (error) {
    // Any DomainError (a logic error, a file limit) prints its Dutch message, as the API would answer it.
    const known = toAppError(error);
    const body = known
      ? known.body('nl')
      : { error: { code: 'error', message: error instanceof Error ? error.message : String(error) } };
    console.error(json ? JSON.stringify(body) : `Fout: ${body.error.message}`);
    return 1;
  } finally {
    await db.destroy();
    lock?.release();
  }
}

function print(json: boolean, data: unknown, text: string): void {
  console.log(json ? JSON.stringify(data, null, 2) : text);
}

process.exitCode = await run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 2;
});
