/**
 * Bad input answers a 4xx naming the field, never a 500 (issue 10, item 8): NUL characters in any
 * text, body or search, a date in year 0000, an empty PATCH, and bodies that are not JSON on a JSON
 * route (415).
 */
import { describe, expect, it } from 'vitest';
import { Client, orgWithMember, testAppForFile } from './testing.ts';

const ctx = testAppForFile();

/** A request with a body of any type (Client.req always sends JSON). */
async function raw(client: Client, method: string, path: string, body: string, type: string) {
  const res = await ctx.app.request(
    path,
    { method, body, headers: { 'content-type': type, cookie: client.cookie } },
    { incoming: { socket: { remoteAddress: client.ip } } },
  );
  return { status: res.status, body: (await res.json()) as { error: { code: string } } };
}

describe('bad input', () => {
  it('refuses a NUL character in a login, a text field and a search with a 400 naming the field', async () => {
    const { client, org, email } = await orgWithMember(ctx, 'directie');
    const anon = new Client(ctx.app);
    const login = await anon.post('/api/auth/login', { email: `${email}\u0000`, password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.error.fields).toEqual([{ path: 'email', message: 'bevat een NUL-teken' }]);
    const name = await client.patch(`/api/orgs/${org.id}`, { name: 'Het\u0000Anker' });
    expect(name.status).toBe(400);
    expect(name.body.error.fields[0].path).toBe('name');
    const search = await client.get(`/api/orgs/${org.id}/clients?search=an%00na`);
    expect(search.status).toBe(400);
    expect(search.body.error.fields[0].path).toBe('search');
    const nested = await client.req('PUT', `/api/orgs/${org.id}/kpi-values`, {
      values: [{ kpiId: crypto.randomUUID(), period: '2026-01', value: 1, note: 'a\u0000' }],
    });
    expect(nested.status).toBe(400);
    expect(nested.body.error.fields[0].path).toBe('values.0.note');
  });

  it('answers 422 naming the field for a date in year 0000, in a body and in a query', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const query = await client.get(`/api/orgs/${org.id}/consumption?year=2025&asOf=0000-01-01`);
    expect(query.status).toBe(422);
    expect(query.body.error.fields[0].path).toBe('asOf');
    const body = await client.post(`/api/orgs/${org.id}/caf/assessments`, {
      name: 'Zelfevaluatie',
      startedOn: '0000-02-01',
    });
    expect(body.status).toBe(422);
    expect(body.body.error.fields[0]).toEqual({ path: 'startedOn', message: 'jaar 0000 bestaat niet' });
  });

  it('refuses an empty PATCH of the organisation with a 400', async () => {
    const { client, org } = await orgWithMember(ctx, 'beheerder');
    const empty = await client.patch(`/api/orgs/${org.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/minstens één veld/);
    expect((await client.patch(`/api/orgs/${org.id}`, { name: 'Nieuwe naam' })).status).toBe(200);
  });

  it('answers 415 for a text or form body on a JSON route, and for JSON on an upload route', async () => {
    const { client, org } = await orgWithMember(ctx, 'beheerder');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const a = await raw(client, 'PATCH', `/api/orgs/${org.id}`, 'name=x', type);
      expect(a.status, type).toBe(415);
      expect(a.body.error.code).toBe('unsupported_media_type');
    }
    const login = await raw(new Client(ctx.app), 'POST', '/api/auth/login', 'email=a&password=b', 'text/plain');
    expect(login.status).toBe(415);
    const upload = await client.req('POST', `/api/orgs/${org.id}/kpi-values/import`, { file: 'x' });
    expect(upload.status).toBe(415);
    // A request without a body still works (logout).
    expect((await client.req('POST', '/api/auth/logout')).status).toBeLessThan(300);
  });
});
