/** The audit log stays meaningful: reads are counted per person, list/record and hour; old entries are pruned. */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIT_RETENTION_DAYS, readConfig } from '../../server/config.ts';
import { answer, type Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { voucherClient } from '../clients/testing.ts';
import { startAuditRetention } from './retention.ts';

const ctx = testAppForFile();

/** The audit log filtered by action, and the clients list (whose reads are audited). */
const calls = (client: Client, orgId: string) => ({
  auditOf: (action: string) =>
    answer(client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId }, query: { action } } })),
  clients: (query: { search?: string } = {}) =>
    answer(client.api.GET('/orgs/{orgId}/clients', { params: { path: { orgId }, query } })),
});

describe('read audit', () => {
  it('keeps one row per person, list and hour with a count, and never the search term', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    const { auditOf, clients } = calls(client, org.id);
    const id = await voucherClient(client, org.id);
    for (let i = 0; i < 12; i++) expect((await clients({ search: 'Peet' })).status).toBe(200);
    for (let i = 0; i < 3; i++)
      await answer(
        client.api.GET('/orgs/{orgId}/clients/{clientId}', { params: { path: { orgId: org.id, clientId: id } } }),
      );
    const listed = (await auditOf('client.listed')).body.items;
    // One row (two when the requests happen to straddle the turn of an hour), counting all 12 reads.
    expect(listed.length).toBeLessThanOrEqual(2);
    expect(listed.reduce((sum, e) => sum + e.count, 0)).toBe(12);
    expect(listed[0]).toMatchObject({ actor: { id: member.userId }, details: { filtered: true } });
    expect(Date.parse(listed[0]!.lastAt!)).toBeGreaterThanOrEqual(Date.parse(listed[0]!.at));
    expect(JSON.stringify(listed)).not.toContain('Peet');
    const read = (await auditOf('client.read')).body.items;
    expect(read.length).toBeLessThanOrEqual(2);
    expect(read.reduce((sum, e) => sum + e.count, 0)).toBe(3);
    expect(read[0]).toMatchObject({ entityId: id });
    // Another person's reads are their own row; a change is still one row per change.
    const other = await orgWithMember(ctx, 'directie');
    expect((await auditOf('client.created')).body.items[0]).toMatchObject({
      count: 1,
      lastAt: null,
    });
    expect(
      (await answer(other.client.api.GET('/orgs/{orgId}/clients', { params: { path: { orgId: other.org.id } } })))
        .status,
    ).toBe(200);
    expect((await auditOf('client.listed')).body.items).toHaveLength(listed.length);
  });

  it('starts a new row in the next hour', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const { auditOf, clients } = calls(client, org.id);
    await clients();
    // Move the first bucket an hour back, as if it was written then.
    await sql`UPDATE audit_log SET read_key = replace(read_key, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24'), 'earlier')
      WHERE org_id = ${org.id} AND action = 'client.listed'`.execute(ctx.db);
    await clients();
    await clients();
    const listed = (await auditOf('client.listed')).body.items;
    // The earlier hour's row keeps its one read; this hour's reads are counted in a new row.
    expect(listed.at(-1)!.count).toBe(1);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.reduce((sum, e) => sum + e.count, 0)).toBe(3);
  });
});

describe('audit retention', () => {
  it('is 400 days unless STUURBOORD_AUDIT_RETENTION_DAYS says otherwise, and refuses nonsense', () => {
    expect(readConfig({}).auditRetentionDays).toBe(DEFAULT_AUDIT_RETENTION_DAYS);
    expect(DEFAULT_AUDIT_RETENTION_DAYS).toBe(400);
    expect(readConfig({ STUURBOORD_AUDIT_RETENTION_DAYS: '90' }).auditRetentionDays).toBe(90);
    expect(() => readConfig({ STUURBOORD_AUDIT_RETENTION_DAYS: 'forever' })).toThrow(/STUURBOORD_AUDIT_RETENTION_DAYS/);
    expect(() => readConfig({ STUURBOORD_AUDIT_RETENTION_DAYS: '0' })).toThrow(/between 30 and 36500/);
  });

  it('the retention job deletes entries older than the period, judging a counted read by its last read', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await answer(client.api.GET('/orgs/{orgId}/clients', { params: { path: { orgId: org.id } } }));
    const rows = (days: number, extra: Record<string, unknown> = {}) => ({
      org_id: org.id,
      action: 'test.old',
      entity: 'test',
      details: JSON.stringify({ days }),
      at: sql<Date>`now() - make_interval(days => ${days})`,
      ...extra,
    });
    await ctx.db
      .insertInto('audit_log')
      .values([
        rows(401),
        rows(399),
        rows(800, { last_at: sql<Date>`now() - interval '2 days'`, count: 40, read_key: 'recent-last-read' }),
        rows(500, { last_at: sql<Date>`now() - interval '450 days'`, count: 3, read_key: 'old-last-read' }),
      ])
      .execute();
    const job = startAuditRetention(ctx.db, 400, 60_000);
    job.stop();
    expect(await job.done).toBeGreaterThanOrEqual(2);
    const left = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('org_id', '=', org.id)
      .orderBy('id')
      .execute();
    expect(left.filter((r) => r.action === 'test.old').map((r) => r.details.days)).toEqual([399, 800]);
    expect(left.some((r) => r.action === 'client.listed')).toBe(true);
  });
});
