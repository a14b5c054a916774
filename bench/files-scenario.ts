/**
 * Hostile uploads against a running server (issue 10, item 1), shared by e2e/files.e2e.ts (which
 * asserts the behaviour) and bench/files.ts (which prints the figures): decompression bombs at the
 * ledger preview and the KPI import, at once, plus one large honest ledger preview, while
 * GET /api/health is asked again and again and the server's RSS is sampled.
 */
import { readFileSync } from 'node:fs';
import { xlsxBomb } from '../src/lib/files/testing.ts';
import { thisYear } from '../src/lib/calendar.ts';

export interface Timed<T> {
  startedAt: number;
  endedAt: number;
  ms: number;
  value: T;
}

async function timed<T>(run: () => Promise<T>): Promise<Timed<T>> {
  const startedAt = performance.now();
  const value = await run();
  const endedAt = performance.now();
  return { startedAt, endedAt, ms: Math.round(endedAt - startedAt), value };
}

/** The server's resident memory in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D/g, '') ?? 0) / 1024);
}

export async function logIn(url: string, email = 'directie@demo.stuurboord.be', password = 'stuurboord-demo') {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).json()) as {
    memberships: { orgId: string; role: string }[];
  };
  return { cookie, orgId: me.memberships.find((m) => m.role === 'directie')!.orgId };
}

async function upload(
  url: string,
  cookie: string,
  path: string,
  name: string,
  content: Uint8Array | string,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('file', new File([content as BlobPart], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await fetch(`${url}${path}`, { method: 'POST', body: form, headers: { cookie } });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** A balanced-looking ledger of `lines` lines (about 30 bytes each): honest, just large. */
export function largeLedgerCsv(lines: number): string {
  const row = '604000;Voeding keuken;12,50\n';
  return `Rekening;Omschrijving;Bedrag\n${row.repeat(lines)}`;
}

export interface ScenarioResult {
  hostile: Timed<{ status: number; body: any }>[];
  honest: Timed<{ status: number; body: any }>;
  health: Timed<number>[];
  rss: { beforeMb: number; maxMb: number; growthMb: number };
  uploadsStartedAt: number;
}

/** Runs `hostileCount` bomb uploads at once (alternating ledger preview and KPI import) and one honest large preview. */
export async function hostileUploads(
  url: string,
  pid: number,
  opts: { hostileCount?: number; honestLines?: number } = {},
): Promise<ScenarioResult> {
  const { cookie, orgId } = await logIn(url);
  const bomb = await xlsxBomb();
  const honestCsv = largeLedgerCsv(opts.honestLines ?? 250_000);
  const year = String(thisYear() - 3);
  const before = rssMb(pid);
  let maxRss = before;
  let running = true;
  const sampler = (async () => {
    while (running) {
      maxRss = Math.max(maxRss, rssMb(pid));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const health: Timed<number>[] = [];
  const poller = (async () => {
    while (running) health.push(await timed(async () => (await fetch(`${url}/api/health`)).status));
  })();
  const uploadsStartedAt = performance.now();
  const base = `/api/orgs/${orgId}`;
  const hostile = Array.from({ length: opts.hostileCount ?? 4 }, (_, i) =>
    timed(() =>
      i % 2 === 0
        ? upload(url, cookie, `${base}/finance/ledger/preview`, 'bom.xlsx', bomb, { year })
        : upload(url, cookie, `${base}/kpi-values/import`, 'bom.xlsx', bomb),
    ),
  );
  const honest = timed(() => upload(url, cookie, `${base}/finance/ledger/preview`, 'groot.csv', honestCsv, { year }));
  const result = { hostile: await Promise.all(hostile), honest: await honest };
  running = false;
  await Promise.all([sampler, poller]);
  maxRss = Math.max(maxRss, rssMb(pid));
  return { ...result, health, rss: { beforeMb: before, maxMb: maxRss, growthMb: maxRss - before }, uploadsStartedAt };
}
