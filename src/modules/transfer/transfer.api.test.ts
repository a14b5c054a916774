import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, orgWithMember, testApp } from '../../server/testing.ts';
import { exportOrganisation, importOrganisation } from './queries.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => { ctx = await testApp(); });
afterAll(() => ctx.close());

describe('export and import of an organisation', () => {
  it('round-trips every row into a new organisation, with references pointing to the new rows', async () => {
    const source = await orgWithMember(ctx);
    await source.client.post(`/api/orgs/${source.org.id}/members`, { email: 'mee@test.be', name: 'Mee', role: 'bestuur', password: 'een-wachtwoord' });
    await source.client.patch(`/api/orgs/${source.org.id}`, { kbo: '0403.170.701' });
    const file = await exportOrganisation(ctx.db, source.org.id);
    expect(JSON.stringify(file)).not.toContain('argon2');
    expect(file.tables.membership).toHaveLength(2);
    const auditRows = file.tables.audit_log!.length;
    expect(auditRows).toBeGreaterThanOrEqual(3);

    const result = await importOrganisation(ctx.db, file, { name: 'Kopie' });
    expect(result).toMatchObject({ name: 'Kopie', kboKept: false, usersCreated: 0, counts: { membership: 2, audit_log: auditRows } });
    const copy = await exportOrganisation(ctx.db, result.orgId);
    expect(copy.tables.membership!.every((m) => m.org_id === result.orgId)).toBe(true);
    expect(copy.tables.membership!.map((m) => m.id)).not.toEqual(file.tables.membership!.map((m) => m.id));
    expect(copy.tables.audit_log!.map((a) => a.action)).toEqual(file.tables.audit_log!.map((a) => a.action));
    // The same people, recognised by email, can log in to the copy.
    const mee = new Client(ctx.app);
    const session = await mee.login('mee@test.be', 'een-wachtwoord');
    expect(session.body.memberships.map((m: { orgName: string }) => m.orgName)).toContain('Kopie');
    // The source is untouched.
    expect((await source.client.get(`/api/orgs/${source.org.id}`)).body.kbo).toBe('0403.170.701');
  });

  it('a broken file imports nothing and names what is wrong', async () => {
    const source = await orgWithMember(ctx);
    const file = await exportOrganisation(ctx.db, source.org.id);
    const before = await ctx.db.selectFrom('organisation').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const broken = structuredClone(file);
    broken.tables.membership![0]!.user_id = '00000000-0000-0000-0000-000000000000';
    await expect(importOrganisation(ctx.db, broken)).rejects.toThrow();
    await expect(importOrganisation(ctx.db, { ...file, format: 'other' })).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'format' }] });
    const after = await ctx.db.selectFrom('organisation').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
