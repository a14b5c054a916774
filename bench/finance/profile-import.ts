/**
 * Where the time of a ledger import's INSERT goes on PostgreSQL (a profiling aid for
 * bench/finance.ts; not part of `npm run bench:finance`):
 *
 *   node --import tsx bench/finance/profile-import.ts      # BENCH_LEDGER_LINES, BENCH_SEED as there
 *
 * On a throwaway cluster (started and stopped here), with the generated ledger parsed once:
 *   - asIs: the statement of insertLines() in src/modules/finance/ledger.ts (INSERT … SELECT FROM
 *     unnest() of 7 arrays, 20,000 lines a statement), copied here, into fin_ledger_line;
 *   - clientEncodeMs: node-pg turning the arrays into text parameters (JavaScript only);
 *   - unnestOnlyMs: the same parameters sent and unnested, `SELECT count(*)`, nothing inserted;
 *   - explain: EXPLAIN ANALYZE of one 20,000-line statement: the insert node and each FK trigger;
 *   - noForeignKeys / noIndexes: the same statements into copies of fin_ledger_line without its
 *     foreign keys, and without foreign keys, primary key and index;
 *   - copyParsed: the parsed lines written as TSV and loaded with `psql \copy` into fin_ledger_line
 *     itself (same foreign keys and indexes).
 * Every variant runs in a transaction that is rolled back. Prints one JSON document.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import { REPO_ROOT } from '../../e2e/harness.ts';
import { parseLedgerFile } from '../../src/modules/finance/files.ts';
import type { LedgerLine } from '../../src/modules/finance/logic/index.ts';
import { organisation } from '../harness.ts';
import { openDatabase, type Database } from '../../src/server/db.ts';
import { migrateToLatest } from '../../src/server/migrate.ts';
import { generateLedgerCsv } from './generate.ts';

const LINES = Number(process.env.BENCH_LEDGER_LINES ?? 200_000);
const SEED = Number(process.env.BENCH_SEED ?? 2025);
const CHUNK = 20_000;
/** node-pg's own parameter encoding (exported at runtime, not in its types). */
const prepareValue = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils.prepareValue;
const log = (message: string) => process.stderr.write(`profile-import: ${message}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The parameters of one chunk, as insertLines() builds them. */
function chunkParams(part: readonly LedgerLine[]) {
  return [
    part.map((l) => l.line),
    part.map((l) => l.account),
    part.map((l) => l.description),
    part.map((l) => String(l.amountCents)),
    part.map((l) => l.costCentre ?? null),
    part.map((l) => l.date ?? null),
    part.map((l) => l.journal ?? null),
  ] as const;
}

async function insertInto(
  tx: Transaction<Database>,
  table: string,
  orgId: string,
  importId: string,
  lines: readonly LedgerLine[],
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < lines.length; i += CHUNK) {
    const [no, account, description, amount, centre, date, journal] = chunkParams(lines.slice(i, i + CHUNK));
    await sql`INSERT INTO ${sql.table(table)} (import_id, org_id, line_no, account, description, amount_cents, cost_centre, entry_date, journal)
      SELECT ${importId}::uuid, ${orgId}::uuid, * FROM unnest(
        ${no}::int[], ${account}::text[], ${description}::text[], ${amount}::bigint[], ${centre}::text[], ${date}::date[], ${journal}::text[])`.execute(
      tx,
    );
  }
  return round(performance.now() - started);
}

class Rollback extends Error {}
async function rolledBack<T>(
  db: ReturnType<typeof openDatabase>,
  work: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  let out!: T;
  await db
    .transaction()
    .execute(async (tx) => {
      out = await work(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return out;
}

async function main() {
  const script = join(REPO_ROOT, 'scripts/pg-throwaway.sh');
  const exports = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const databaseUrl = /DATABASE_URL='([^']+)'/.exec(exports)![1]!;
  const dir = /PG_THROWAWAY_DIR='([^']+)'/.exec(exports)![1]!;
  const work = mkdtempSync(join(os.tmpdir(), 'stuurboord-profile-'));
  const db = openDatabase({ databaseUrl, dataDir: join(work, 'unused') });
  try {
    await migrateToLatest(db);
    const org = await organisation(db, 'VZW Profiel');
    const imp = await db
      .insertInto('fin_ledger_import')
      .values({
        org_id: org.id,
        year: 2025,
        version: 1,
        is_current: true,
        file_name: 'x.csv',
        line_count: LINES,
        debit_cents: 0,
        credit_cents: 0,
        imported_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const parsed = await parseLedgerFile(new TextEncoder().encode(generateLedgerCsv(LINES, 2025, SEED).csv), {});
    const lines = parsed.lines;
    log(`${lines.length} lines parsed`);

    // Warm-up (JIT, plan cache), not measured.
    await rolledBack(db, (tx) => insertInto(tx, 'fin_ledger_line', org.id, imp.id, lines.slice(0, CHUNK)));

    const asIs: number[] = [];
    for (let i = 0; i < 3; i++)
      asIs.push(await rolledBack(db, (tx) => insertInto(tx, 'fin_ledger_line', org.id, imp.id, lines)));

    let started = performance.now();
    for (let i = 0; i < lines.length; i += CHUNK)
      for (const array of chunkParams(lines.slice(i, i + CHUNK))) prepareValue(array);
    const clientEncodeMs = round(performance.now() - started);

    started = performance.now();
    for (let i = 0; i < lines.length; i += CHUNK) {
      const [no, account, description, amount, centre, date, journal] = chunkParams(lines.slice(i, i + CHUNK));
      await sql`SELECT count(*) FROM unnest(${no}::int[], ${account}::text[], ${description}::text[], ${amount}::bigint[], ${centre}::text[], ${date}::date[], ${journal}::text[])`.execute(
        db,
      );
    }
    const unnestOnlyMs = round(performance.now() - started);

    const explain = await rolledBack(db, async (tx) => {
      const [no, account, description, amount, centre, date, journal] = chunkParams(lines.slice(0, CHUNK));
      const result = await sql<{
        'QUERY PLAN': string;
      }>`EXPLAIN (ANALYZE, BUFFERS) INSERT INTO fin_ledger_line (import_id, org_id, line_no, account, description, amount_cents, cost_centre, entry_date, journal)
        SELECT ${imp.id}::uuid, ${org.id}::uuid, * FROM unnest(${no}::int[], ${account}::text[], ${description}::text[], ${amount}::bigint[], ${centre}::text[], ${date}::date[], ${journal}::text[])`.execute(
        tx,
      );
      return result.rows.map((r) => r['QUERY PLAN']);
    });

    await sql`CREATE TABLE prof_no_fk (LIKE fin_ledger_line INCLUDING DEFAULTS INCLUDING INDEXES)`.execute(db);
    await sql`CREATE TABLE prof_bare (LIKE fin_ledger_line INCLUDING DEFAULTS)`.execute(db);
    const noForeignKeys = await rolledBack(db, (tx) => insertInto(tx, 'prof_no_fk', org.id, imp.id, lines));
    const noIndexes = await rolledBack(db, (tx) => insertInto(tx, 'prof_bare', org.id, imp.id, lines));

    const tsv = join(work, 'lines.tsv');
    const esc = (v: string | undefined) =>
      v === undefined
        ? '\\N'
        : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
    writeFileSync(
      tsv,
      `${lines
        .map((l) =>
          [
            imp.id,
            org.id,
            l.line,
            esc(l.account),
            esc(l.description),
            l.amountCents,
            esc(l.costCentre),
            esc(l.date),
            esc(l.journal),
          ].join('\t'),
        )
        .join('\n')}\n`,
    );
    const copyInto = (table: string) => {
      const out = spawnSync(
        'psql',
        [
          '-X',
          '-q',
          '-v',
          'ON_ERROR_STOP=1',
          '-d',
          databaseUrl,
          '-c',
          '\\timing on',
          '-c',
          'BEGIN',
          '-c',
          `\\copy ${table} (import_id, org_id, line_no, account, description, amount_cents, cost_centre, entry_date, journal) FROM '${tsv}'`,
          '-c',
          'ROLLBACK',
        ],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      return Number([...out.stdout.matchAll(/Time: ([\d.]+) ms/g)][1]?.[1]);
    };
    const copyParsed = { intoFinLedgerLine: copyInto('fin_ledger_line'), intoBareCopy: copyInto('prof_bare') };

    process.stdout.write(
      `${JSON.stringify(
        {
          lines: lines.length,
          chunk: CHUNK,
          asIsMs: asIs,
          clientEncodeMs,
          unnestOnlyMs,
          noForeignKeysMs: noForeignKeys,
          noIndexesNoForeignKeysMs: noIndexes,
          copyParsedMs: copyParsed,
          explainOneChunk: explain,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await db.destroy();
    execFileSync('bash', [script, 'stop', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  log(error.stack ?? error.message);
  process.exit(1);
});
