/**
 * `stuurboord <command> [options]` — administration from the shell. Every command prints JSON with
 * `--json`; errors go to stderr and exit with code 1 (2 for wrong usage).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { openDatabase, type Db } from '../server/db.ts';
import { AppError } from '../server/errors.ts';
import { migrateDown, migrateToLatest } from '../server/migrate.ts';
import { COMMANDS, type Command } from './commands.ts';

const USAGE = `Gebruik: stuurboord <commando> [opties] [--json]

Commando's:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.usage}`).join('\n')}
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
  const db: Db = openDatabase(readConfig());
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
    const body = error instanceof AppError ? error.body('nl') : { error: { code: 'error', message: error instanceof Error ? error.message : String(error) } };
    console.error(json ? JSON.stringify(body) : `Fout: ${body.error.message}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

function print(json: boolean, data: unknown, text: string): void {
  console.log(json ? JSON.stringify(data, null, 2) : text);
}

process.exitCode = await run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 2;
});
