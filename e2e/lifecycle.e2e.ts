/** The server process as an operator sees it: first start, graceful stop, and a crash (kill -9). */
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, stopAll } from './harness.ts';

afterAll(() => stopAll());

async function login(url: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function api(url: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
}

describe('server lifecycle', () => {
  it('stops within 5 s on SIGTERM, closing the database', async () => {
    const server = await startServer();
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(5000);
    expect(server.output).toContain('SIGTERM');
  });

  it('after kill -9 the next start recovers with every committed row intact', async () => {
    const first = await startServer();
    const cookie = await login(first.url);
    const me = await api(first.url, cookie, 'GET', '/auth/me');
    const orgId = me.body.memberships[0].orgId;
    const names: string[] = [];
    for (let i = 0; i < 25; i++) {
      const answer = await api(first.url, cookie, 'POST', `/orgs/${orgId}/members`, { email: `lid${i}@herstel.be`, name: `Lid ${i}`, role: 'staf', password: 'een-wachtwoord' });
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
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'eerste@vzw.be', name: 'Eerste', password: 'lang-genoeg-wachtwoord', organisation: { name: 'Vzw Eerste', type: 'caw' } }),
    });
    expect(setup.status).toBe(200);
    await login(server.url, 'directie@demo.stuurboord.be', 'stuurboord-demo');
    await server.stop();
  });
});
