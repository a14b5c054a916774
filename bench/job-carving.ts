/**
 * `npm run bench:job-carving`: prints ONE JSON document (also written to bench/results/job-carving-latest.json)
 * with, measured in one run on this machine (issue 14, "Performance"):
 *   - designerNode: the designer's recomputation (`proposalEffect`, src/modules/job-carving/logic/calc.ts)
 *     for 40 roles × 300 tasks each (12,000 tasks, half of them picked), p50/p95 over runs in Node;
 *   - designerBrowser: the same pure function bundled (esbuild) and run in headless Chromium, p50/p95
 *     (≤ 50 ms);
 *   - matchingApi: an organisation with 500 candidates (and 40 employees) seeded straight into the
 *     database (not measured); then GET /api/orgs/…/job-carving/proposals/{id}/matches over HTTP,
 *     sequentially, p50/p95 after warm-ups, on PGlite (fresh DATA_DIR; p95 ≤ 200 ms).
 * Settings (env): BENCH_ROLES (40), BENCH_TASKS_PER_ROLE (300), BENCH_CANDIDATES (500), BENCH_RUNS (40),
 * BENCH_WARMUPS (5), BENCH_BROWSER=0 to skip the browser. Progress goes to stderr; only the JSON to stdout.
 */
import { build } from 'esbuild';
import os from 'node:os';
import { launchBrowser, makeTempDir, REPO_ROOT, type RunningServer, startServer } from '../e2e/harness.ts';
import { proposalEffect } from '../src/modules/job-carving/logic/calc.ts';
import {
  LANGUAGE_LEVELS,
  TALENTS,
  type CalcProposal,
  type CalcRole,
  type CalcTask,
} from '../src/modules/job-carving/logic/types.ts';
import { addMember } from '../src/modules/orgs/queries.ts';
import { migrateToLatest } from '../src/server/migrate.ts';
import { hashPassword } from '../src/server/secrets.ts';
import {
  browserFigure,
  logger,
  organisation,
  runBench,
  sessionCookie,
  timeGets,
  withDatabase,
  writeReport,
} from './harness.ts';
import { reportHead } from './machine.ts';
import { envCount, latency } from './stats.ts';

const settings = {
  roles: envCount('BENCH_ROLES', 40),
  tasksPerRole: envCount('BENCH_TASKS_PER_ROLE', 300),
  candidates: envCount('BENCH_CANDIDATES', 500),
  employees: 40,
  runs: envCount('BENCH_RUNS', 40),
  warmups: envCount('BENCH_WARMUPS', 5, 0),
};
const TARGETS = { designerP95MaxMs: 50, matchingApiP95MaxMs: 200 };
const EMAIL = 'directie@bench.stuurboord.test';
const PASSWORD = 'kapstok meeuw regenjas';
const log = logger('bench:job-carving');

/** The designer's input: roles × tasks, every other task picked, one in ten needing a certificate. */
function designerInput() {
  const roles: CalcRole[] = Array.from({ length: settings.roles }, (_, i) => ({
    id: `role-${i}`,
    name: `Functie ${i}`,
    certified: i % 2 === 0,
    costPerFteCents: 4_000_000 + i * 10_000,
  }));
  const tasks: CalcTask[] = roles.flatMap((r, i) =>
    Array.from({ length: settings.tasksPerRole }, (_, j) => ({
      id: `task-${i}-${j}`,
      roleId: r.id,
      hoursPerWeek: 0.25 + ((i + j) % 12) / 4,
      needsCertificate: j % 10 === 0,
    })),
  );
  const proposal: CalcProposal = {
    taskIds: tasks.filter((_, k) => k % 2 === 0).map((t) => t.id),
    targetHours: 38,
    costBasis: 'contract',
    costPerFteCents: 3_900_000,
    pricePerHourCents: null,
  };
  return { roles, tasks, proposal };
}

function measureDesignerNode() {
  const { roles, tasks, proposal } = designerInput();
  const samples: number[] = [];
  let hours = 0;
  for (let i = 0; i < settings.warmups + settings.runs; i++) {
    const t0 = performance.now();
    hours = proposalEffect(roles, tasks, proposal).taskHours;
    if (i >= settings.warmups) samples.push(performance.now() - t0);
  }
  return {
    what: 'proposalEffect in Node (tsx)',
    tasks: tasks.length,
    picked: proposal.taskIds.length,
    taskHours: hours,
    ...latency(samples, TARGETS.designerP95MaxMs, 2),
  };
}

async function measureDesignerBrowser() {
  const bundle = await build({
    stdin: {
      contents: `import { proposalEffect } from './src/modules/job-carving/logic/calc.ts'; globalThis.proposalEffect = proposalEffect;`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const input = designerInput();
    const samples = await page.evaluate(
      ({ input, n, warm }) => {
        const run = (globalThis as unknown as { proposalEffect: (...a: unknown[]) => unknown }).proposalEffect;
        const out: number[] = [];
        for (let i = 0; i < warm + n; i++) {
          const t0 = performance.now();
          run(input.roles, input.tasks, input.proposal);
          if (i >= warm) out.push(performance.now() - t0);
        }
        return out;
      },
      { input, n: settings.runs, warm: settings.warmups },
    );
    return {
      what: 'proposalEffect bundled with esbuild, run in headless Chromium',
      tasks: input.tasks.length,
      ...latency(samples, TARGETS.designerP95MaxMs, 2),
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** Seeds an organisation with roles, tasks, a proposal, candidates and employees; answers the ids. */
function seed(dataDir: string) {
  return withDatabase({ dataDir }, async (db) => {
    await migrateToLatest(db);
    const org = await organisation(db, 'VZW Benchmark Jobcarving');
    await addMember(db, org.id, {
      email: EMAIL,
      name: 'Directie Bench',
      role: 'directie',
      passwordHash: await hashPassword(PASSWORD),
    });
    const orgId = org.id;
    const competences = await db
      .insertInto('cmp_competence')
      .values(
        Array.from({ length: 20 }, (_, i) => ({
          org_id: orgId,
          name: `Competentie ${i}`,
          levels: JSON.stringify(['a', 'b', 'c', 'd']),
        })),
      )
      .returning('id')
      .execute();
    const cids = competences.map((c) => c.id);
    const role = await db
      .insertInto('jc_role')
      .values({ org_id: orgId, name: 'Zorgkundige', certified: true, cost_per_fte_cents: 5_000_000 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tasks = await db
      .insertInto('jc_task')
      .values(
        Array.from({ length: 8 }, (_, i) => ({
          org_id: orgId,
          role_id: role.id,
          name: `Taak ${i}`,
          hours_per_week: 3,
          competence_ids: JSON.stringify(cids.slice(i, i + 2)),
          language_level: LANGUAGE_LEVELS[1 + (i % 3)],
        })),
      )
      .returning('id')
      .execute();
    const proposal = await db
      .insertInto('jc_proposal')
      .values({
        org_id: orgId,
        name: 'Zorgassistent',
        function_name: 'Zorgassistent',
        target_hours: 24,
        task_ids: JSON.stringify(tasks.map((t) => t.id)),
        talents: JSON.stringify(['empathy', 'patience', 'motivation']),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('jc_candidate')
      .values(
        Array.from({ length: settings.candidates }, (_, i) => ({
          org_id: orgId,
          name: `Kandidaat ${i}`,
          competence_ids: JSON.stringify(cids.filter((_, k) => (i + k) % 3 === 0)),
          talents: JSON.stringify(TALENTS.filter((_, k) => (i + k) % 2 === 0)),
          language_level: LANGUAGE_LEVELS[i % LANGUAGE_LEVELS.length],
          hours_available: 10 + (i % 29),
        })),
      )
      .execute();
    await db
      .insertInto('ppl_employee')
      .values(
        Array.from({ length: settings.employees }, (_, i) => ({
          org_id: orgId,
          first_name: 'Mw',
          last_name: `Bench ${i}`,
          sex: 'female' as const,
        })),
      )
      .execute();
    return { orgId, proposalId: proposal.id };
  });
}

async function measureMatching(server: RunningServer, orgId: string, proposalId: string) {
  const cookie = await sessionCookie(server.url, EMAIL, PASSWORD);
  const path = `/api/orgs/${orgId}/job-carving/proposals/${proposalId}/matches?limit=50`;
  const { samples, last } = await timeGets(
    server.url,
    path,
    cookie,
    settings,
    (text) => (JSON.parse(text) as { scored: number }).scored,
  );
  return {
    what: 'GET /api/orgs/…/job-carving/proposals/{id}/matches?limit=50 over HTTP (sequential)',
    scored: last,
    ...latency(samples, TARGETS.matchingApiP95MaxMs, 2),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  log(`designer: ${settings.roles} roles × ${settings.tasksPerRole} tasks in Node…`);
  const designerNode = measureDesignerNode();
  const designerBrowser = await browserFigure(log, 'designer: in headless Chromium…', measureDesignerBrowser);
  log(`matching: seeding ${settings.candidates} candidates…`);
  const dataDir = makeTempDir('stuurboord-bench-jc-');
  const ids = await seed(dataDir);
  let server: RunningServer | undefined;
  let matchingApi: Awaited<ReturnType<typeof measureMatching>>;
  try {
    server = await startServer({ dataDir, timeoutMs: 120_000 });
    matchingApi = await measureMatching(server, ids.orgId, ids.proposalId);
  } finally {
    await server?.stop().catch(() => undefined);
  }
  const verdict = {
    designerNode: designerNode.met,
    designerBrowser: designerBrowser.met === true || process.env.BENCH_BROWSER === '0',
    matchingApiPglite: matchingApi.met,
  };
  const report = {
    ...reportHead('stuurboord-job-carving', loadAtStart, settings, TARGETS),
    designerNode,
    designerBrowser,
    pglite: { matchingApi },
    verdict: { ...verdict, pass: Object.values(verdict).every(Boolean) },
    totalMs: Math.round(performance.now() - started),
  };
  writeReport('job-carving-latest.json', report, report.verdict.pass, log);
}

runBench(main, log);
