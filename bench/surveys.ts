/**
 * `npm run bench:surveys`: prints ONE JSON document (also written to bench/results/surveys-latest.json)
 * with survey submissions through the real server (target of issue 5: ≥ 300 submissions/s sustained
 * at 50 concurrent respondents, zero errors, no lost answer), on PGlite (fresh temp DATA_DIR) and on
 * PostgreSQL (a throwaway cluster, scripts/pg-throwaway.sh, started and always stopped here).
 *
 * Per engine: a survey of 20 questions (14 Likert 5, 2 Likert 7, NPS, single choice, multiple
 * choice, open) is opened with enough single-use links (set up through the module's own functions,
 * not measured); the server runs as a child process (`tsx src/server/main.ts`); 50 respondents,
 * each a keep-alive connection of this process, submit one link after another (closed loop) for a
 * warm-up and then BENCH_SECONDS seconds. Afterwards the responses and spent links are counted back
 * from the database and compared with the 200 answers received.
 * Settings (env): BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_CONCURRENCY (50), BENCH_TOKENS (60000).
 * Progress goes to stderr; only the JSON goes to stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/harness.ts';
import { questionsOf } from '../src/modules/surveys/queries.ts';
import { createSurvey, openSurvey, replaceQuestions } from '../src/modules/surveys/surveys.ts';
import type { QuestionInput } from '../src/modules/surveys/schema.ts';
import { openDatabase, type Db } from '../src/server/db.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { reportHead } from './machine.ts';
import { startPostgres } from './postgres.ts';
import { cleanUpOnInterrupt, logger, organisation, runBench, stopPostgres, writeReport } from './harness.ts';
import { envCount, round } from './stats.ts';
import { daysFromToday } from '../src/lib/calendar.ts';

const settings = {
  seconds: envCount('BENCH_SECONDS', 20),
  warmupSeconds: envCount('BENCH_WARMUP_SECONDS', 3, 0),
  concurrency: envCount('BENCH_CONCURRENCY', 50),
  tokens: envCount('BENCH_TOKENS', 60_000),
  questions: 20,
};
const TARGETS = { submissionsPerSecMin: 300, errorsMax: 0, lostMax: 0 };

const log = logger('bench:surveys');

function questions(): QuestionInput[] {
  const base = {
    section: {},
    options: [],
    required: true,
    breakdown: false,
    dimension: null,
    item: null,
    aspect: null,
  };
  const likert = Array.from(
    { length: 14 },
    (_, i): QuestionInput => ({ ...base, kind: 'likert5', text: { nl: `Stelling ${i + 1}` } }),
  );
  return [
    {
      ...base,
      kind: 'single',
      breakdown: true,
      text: { nl: 'Team' },
      options: [{ nl: 'A' }, { nl: 'B' }, { nl: 'C' }],
    },
    ...likert,
    { ...base, kind: 'likert7', text: { nl: 'Verwachting' } },
    { ...base, kind: 'likert7', text: { nl: 'Ervaring' } },
    { ...base, kind: 'nps', text: { nl: 'Aanraden?' } },
    {
      ...base,
      kind: 'multiple',
      required: false,
      text: { nl: 'Wat waardeer je?' },
      options: [{ nl: 'x' }, { nl: 'y' }, { nl: 'z' }],
    },
    { ...base, kind: 'open', required: false, text: { nl: 'Wat kan beter?' } },
  ];
}

/** Prepares the database: an organisation and an open survey with `settings.tokens` links. */
async function prepare(
  db: Db,
): Promise<{ surveyId: string; tokens: string[]; questionIds: { id: string; kind: string }[] }> {
  await migrateToLatest(db);
  const org = await organisation(db, 'VZW Benchmark Bevragingen');
  const surveyId = await createSurvey(db, org.id, null, {
    title: { nl: 'Benchmark' },
    audience: 'staff',
    languages: ['nl'],
  });
  await replaceQuestions(db, org.id, surveyId, questions());
  const closesOn = daysFromToday(7);
  const { tokens } = await openSurvey(db, org.id, surveyId, {
    invitations: settings.tokens,
    closesOn,
    openLink: false,
  });
  return {
    surveyId,
    tokens,
    questionIds: (await questionsOf(db, org.id, surveyId)).map((q) => ({ id: q.id, kind: q.kind })),
  };
}

function answersBody(qs: { id: string; kind: string }[], n: number): string {
  const answers: Record<string, unknown> = {};
  for (const [i, q] of qs.entries()) {
    const v = (n * 7 + i * 13) % 97;
    answers[q.id] =
      q.kind === 'likert5'
        ? 1 + (v % 5)
        : q.kind === 'likert7'
          ? 1 + (v % 7)
          : q.kind === 'nps'
            ? v % 11
            : q.kind === 'single'
              ? v % 3
              : q.kind === 'multiple'
                ? [v % 3]
                : `Opmerking ${n}: meer overleg en minder administratie.`;
  }
  return JSON.stringify({ language: 'nl', answers });
}

function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STUURBOORD_DEMO: 'false',
      WEB_DIR: '/nonexistent',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => log(`server: ${d.toString().trim()}`));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('draait op')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Outcome {
  status: number;
  ms: number;
}

function post(agent: http.Agent, port: number, path: string, body: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'sec-fetch-site': 'same-origin',
          'accept-language': 'nl',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

/** 50 respondents, closed loop: warm-up, then the measured window. */
async function load(port: number, tokens: string[], qs: { id: string; kind: string }[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.concurrency });
  let next = 0;
  let measuring = false;
  let running = true;
  const latencies: number[] = [];
  const status: Record<string, number> = {};
  let ok = 0;
  let measuredOk = 0;
  let errors = 0;
  let exhausted = false;
  const worker = async () => {
    while (running) {
      const n = next++;
      if (n >= tokens.length) {
        exhausted = true;
        return;
      }
      const outcome = await post(agent, port, `/api/s/${tokens[n]}`, answersBody(qs, n));
      if (outcome.status === 200) ok++;
      else errors++;
      if (measuring) {
        latencies.push(outcome.ms);
        status[outcome.status] = (status[outcome.status] ?? 0) + 1;
        if (outcome.status === 200) measuredOk++;
      }
    }
  };
  const workers = Array.from({ length: settings.concurrency }, worker);
  await new Promise((r) => setTimeout(r, settings.warmupSeconds * 1000));
  measuring = true;
  const windowStart = performance.now();
  await new Promise((r) => setTimeout(r, settings.seconds * 1000));
  measuring = false;
  const windowMs = performance.now() - windowStart;
  running = false;
  await Promise.all(workers);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    windowMs: Math.round(windowMs),
    submitted: latencies.length,
    accepted: measuredOk,
    submissionsPerSec: round((measuredOk / windowMs) * 1000),
    latencyMs: {
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), 2),
      p50: round(percentile(sorted, 50), 2),
      p95: round(percentile(sorted, 95), 2),
      p99: round(percentile(sorted, 99), 2),
      max: round(sorted.at(-1) ?? 0, 2),
    },
    status,
    errors,
    totalAccepted: ok,
    tokensExhausted: exhausted,
  };
}

async function countBack(db: Db, surveyId: string) {
  const responses = await db
    .selectFrom('survey_response')
    .where('survey_id', '=', surveyId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const used = await db
    .selectFrom('survey_token')
    .where('survey_id', '=', surveyId)
    .where('used_on', 'is not', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { responsesInDatabase: Number(responses.n), linksSpent: Number(used.n) };
}

async function measure(engine: 'pglite' | 'postgresql', open: () => Db, serverEnv: NodeJS.ProcessEnv, port: number) {
  log(`${engine}: preparing a survey with ${settings.tokens} links…`);
  let db = open();
  const setupStarted = performance.now();
  const { surveyId, tokens, questionIds } = await prepare(db);
  const setupMs = performance.now() - setupStarted;
  await db.destroy(); // PGlite is one process's database: the server opens it next
  const server = await startServer(serverEnv, port);
  let run: Awaited<ReturnType<typeof load>>;
  try {
    log(`${engine}: ${settings.concurrency} respondents for ${settings.warmupSeconds} + ${settings.seconds} s…`);
    run = await load(port, tokens, questionIds);
  } finally {
    await stopServer(server);
  }
  db = open();
  const counted = await countBack(db, surveyId);
  await db.destroy();
  const lost = run.totalAccepted - counted.responsesInDatabase;
  return {
    setup: { links: tokens.length, questions: questionIds.length, setupMs: Math.round(setupMs) },
    ...run,
    countedBack: {
      ...counted,
      acceptedByServer: run.totalAccepted,
      lost,
      spentWithoutResponse: counted.linksSpent - counted.responsesInDatabase,
    },
    met:
      run.submissionsPerSec >= TARGETS.submissionsPerSecMin &&
      run.errors === 0 &&
      lost === 0 &&
      counted.linksSpent === counted.responsesInDatabase,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const work = mkdtempSync(join(os.tmpdir(), 'stuurboord-bench-surveys-'));
  let postgres: ReturnType<typeof startPostgres> | undefined;
  cleanUpOnInterrupt(() => postgres, work);
  const port = 3900 + Math.floor(Math.random() * 90);
  try {
    const dataDir = join(work, 'pglite');
    const onPglite = await measure(
      'pglite',
      () => openDatabase({ dataDir }),
      { DATA_DIR: dataDir, DATABASE_URL: '' },
      port,
    );
    log('PostgreSQL: starting a throwaway cluster…');
    postgres = startPostgres();
    const url = postgres.databaseUrl;
    const onPg = await measure(
      'postgresql',
      () => openDatabase({ databaseUrl: url, dataDir: join(work, 'unused') }),
      { DATABASE_URL: url },
      port + 1,
    );
    postgres.stop();
    const report = {
      ...reportHead('stuurboord-surveys', loadAtStart, settings, TARGETS),
      what: `POST /api/s/{token} with ${settings.questions} answers, ${settings.concurrency} concurrent respondents (keep-alive, closed loop, one new single-use link per submission), server as a child process`,
      pglite: onPglite,
      postgresql: onPg,
      verdict: { pglite: onPglite.met, postgresql: onPg.met, pass: onPglite.met && onPg.met },
      totalMs: Math.round(performance.now() - started),
    };
    writeReport('surveys-latest.json', report, report.verdict.pass, log);
  } finally {
    stopPostgres(postgres, log);
    rmSync(work, { recursive: true, force: true });
  }
}

runBench(main, log);
