/** The server process as an operator sees it: first start, graceful stop, and a crash (kill -9). */
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, runCli, startServer, stopAll } from './harness.ts';

afterAll(() => stopAll());

async function login(url: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function api(url: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
}

type Outcome = { kind: 'ok'; email: string } | { kind: 'refused'; how: string } | { kind: 'broken'; how: string };

/** One writer: adds members back to back until the server stops taking them; answers what happened to each. */
async function writer(url: string, cookie: string, orgId: string, name: string, outcomes: Outcome[]): Promise<void> {
  for (let i = 0; ; i++) {
    const email = `${name}.${i}@belast.be`;
    try {
      const res = await fetch(`${url}/api/orgs/${orgId}/members`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ email, name: `${name} ${i}`, role: 'staf' }),
      });
      const body = (await res.json()) as { error?: { code: string } };
      if (res.status === 200) outcomes.push({ kind: 'ok', email });
      else if (res.status === 503 && body.error?.code === 'shutting_down')
        return void outcomes.push({ kind: 'refused', how: '503' });
      else return void outcomes.push({ kind: 'broken', how: `${res.status} ${JSON.stringify(body)}` });
    } catch (e) {
      const code = ((e as Error).cause as { code?: string } | undefined)?.code ?? (e as Error).message;
      // Refused before the server accepted anything: the listener is already closed.
      return void outcomes.push(
        code === 'ECONNREFUSED' ? { kind: 'refused', how: code } : { kind: 'broken', how: code },
      );
    }
  }
}

describe('server lifecycle', () => {
  it('stops within 5 s on SIGTERM, closing the database', async () => {
    const server = await startServer();
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
    expect(server.output).toContain('SIGTERM');
  });

  it('SIGTERM under write load: accepted writes finish, later ones are refused cleanly, the database is closed', {
    timeout: 120_000,
  }, async () => {
    const first = await startServer();
    const cookie = await login(first.url);
    const orgId = (await api(first.url, cookie, 'GET', '/auth/me')).body.memberships[0].orgId;
    const outcomes: Outcome[] = [];
    const writers = Array.from({ length: 12 }, (_, w) => writer(first.url, cookie, orgId, `schrijver${w}`, outcomes));
    await expect.poll(() => outcomes.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(36);
    const stopped = await first.stop();
    await Promise.all(writers);
    expect(outcomes.filter((o) => o.kind === 'broken')).toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'refused')).toHaveLength(12);
    // Exit code 0: every accepted request finished before the server's own 4.8 s deadline.
    expect(stopped.code).toBe(0);
    expect(first.output).toContain('Stuurboord gestopt: database gesloten.');
    const acknowledged = outcomes.flatMap((o) => (o.kind === 'ok' ? [o.email] : []));

    const second = await startServer({ dataDir: first.dataDir });
    const cookie2 = await login(second.url);
    const members = await api(second.url, cookie2, 'GET', `/orgs/${orgId}/members`);
    const stored = new Set(members.body.items.map((m: { email: string }) => m.email));
    expect(acknowledged.filter((email) => !stored.has(email))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length + 1);
    await second.stop();
  });

  it('one process per data folder: a second server and the CLI are refused while the server runs, naming it', {
    timeout: 120_000,
  }, async () => {
    const server = await startServer();
    const second = await startServer({ dataDir: server.dataDir }).then(
      () => 'started',
      (e: Error) => e.message,
    );
    expect(second).toContain(
      `De gegevensmap ${server.dataDir} is in gebruik door de Stuurboord-server (${server.url}), proces ${server.child.pid}`,
    );
    const refused = await runCli(server.dataDir, 'org:create', '--name', 'Vzw Tweede', '--type', 'vza', '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.err).error).toMatchObject({
      code: 'data_dir_locked',
      holder: { pid: server.child.pid, role: 'server' },
    });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await server.stop();
    const created = await runCli(server.dataDir, 'org:create', '--name', 'Vzw Tweede', '--type', 'vza', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out).name).toBe('Vzw Tweede');
  });

  it('after kill -9 the next start recovers with every committed row intact', async () => {
    const first = await startServer();
    const cookie = await login(first.url);
    const me = await api(first.url, cookie, 'GET', '/auth/me');
    const orgId = me.body.memberships[0].orgId;
    const names: string[] = [];
    for (let i = 0; i < 25; i++) {
      const answer = await api(first.url, cookie, 'POST', `/orgs/${orgId}/members`, {
        email: `lid${i}@herstel.be`,
        name: `Lid ${i}`,
        role: 'staf',
        password: 'een-wachtwoord',
      });
      expect(answer.status).toBe(200);
      names.push(`Lid ${i}`);
    }
    await api(first.url, cookie, 'PATCH', `/orgs/${orgId}`, { name: 'Na de crash' });
    await first.kill9();

    const second = await startServer({ dataDir: first.dataDir });
    const cookie2 = await login(second.url);
    const members = await api(second.url, cookie2, 'GET', `/orgs/${orgId}/members`);
    expect(members.body.items.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(names));
    expect(members.body.items).toHaveLength(26);
    expect((await api(second.url, cookie2, 'GET', `/orgs/${orgId}`)).body.name).toBe('Na de crash');
    await second.stop();
  });

  it('without STUURBOORD_ADMIN_* the first start prints a one-time set-up link; with demo it prints the demo login', async () => {
    const server = await startServer({ demo: true, adminEmail: '', adminPassword: '', timeoutMs: 150_000 });
    const line = await server.waitForOutput(/\/setup\?token=[\w-]+/);
    expect(server.output).toMatch(/Stuurboord draait op http:\/\//);
    expect(server.output).toContain('Demo-login: directie@demo.stuurboord.be / stuurboord-demo');
    const token = line.match(/token=([\w-]+)/)![1];
    const setup = await fetch(`${server.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        email: 'eerste@vzw.be',
        name: 'Eerste',
        password: 'lang-genoeg-wachtwoord',
        organisation: { name: 'Vzw Eerste', type: 'caw' },
      }),
    });
    expect(setup.status).toBe(200);
    await login(server.url, 'directie@demo.stuurboord.be', 'stuurboord-demo');
    await server.stop();
  });
});
