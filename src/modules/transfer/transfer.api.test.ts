import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, orgWithMember, testApp } from '../../server/testing.ts';
import { sampleOffer, voucherClient } from '../clients/testing.ts';
import { sampleLedgerCsv, sampleModel } from '../finance/testing.ts';
import { exportOrganisation, importOrganisation } from './queries.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

describe('export and import of an organisation', () => {
  it('round-trips every row into a new organisation, with references pointing to the new rows', async () => {
    const source = await orgWithMember(ctx);
    await source.client.post(`/api/orgs/${source.org.id}/members`, {
      email: 'mee@test.be',
      name: 'Mee',
      role: 'bestuur',
      password: 'een-wachtwoord',
    });
    await source.client.post(`/api/orgs/${source.org.id}/members`, {
      email: 'dir@test.be',
      name: 'Dir',
      role: 'directie',
      password: 'een-wachtwoord',
    });
    const director = { client: new Client(ctx.app) };
    await director.client.login('dir@test.be', 'een-wachtwoord');
    await source.client.patch(`/api/orgs/${source.org.id}`, { kbo: '0403.170.701' });
    const ledger = await director.client.upload(
      `/api/orgs/${source.org.id}/finance/ledger/import`,
      { name: 'g.csv', content: sampleLedgerCsv(2025) },
      { year: '2025' },
    );
    expect(ledger.status).toBe(200);
    expect(
      (await director.client.req('PUT', `/api/orgs/${source.org.id}/finance/model?year=2025`, sampleModel(2025)))
        .status,
    ).toBe(200);
    await sampleOffer(director.client, source.org.id);
    const clientId = await voucherClient(director.client, source.org.id, '2025-01-01');
    await director.client.req('PUT', `/api/orgs/${source.org.id}/registrations/week`, {
      start: '2025-03-03',
      cells: [{ clientId, functionCode: 'dagondersteuning', date: '2025-03-03', units: 1 }],
    });
    expect((await director.client.post(`/api/orgs/${source.org.id}/statements`, { month: '2025-03' })).status).toBe(
      200,
    );
    const file = await exportOrganisation(ctx.db, source.org.id);
    expect(JSON.stringify(file)).not.toContain('argon2');
    expect(file.tables.membership).toHaveLength(3);
    expect(file.tables.fin_ledger_line).toHaveLength(11);
    const auditRows = file.tables.audit_log!.length;
    expect(auditRows).toBeGreaterThanOrEqual(3);

    const result = await importOrganisation(ctx.db, file, { name: 'Kopie' });
    expect(result).toMatchObject({
      name: 'Kopie',
      kboKept: false,
      usersCreated: 0,
      counts: { membership: 3, audit_log: auditRows, fin_ledger_line: 11, fin_cost_model: 1 },
    });
    const copy = await exportOrganisation(ctx.db, result.orgId);
    expect(copy.tables.membership!.every((m) => m.org_id === result.orgId)).toBe(true);
    expect(copy.tables.membership!.map((m) => m.id)).not.toEqual(file.tables.membership!.map((m) => m.id));
    expect(copy.tables.audit_log!.map((a) => a.action)).toEqual(file.tables.audit_log!.map((a) => a.action));
    // The copy's statement names the copy's client, not the source's.
    const copyClients = await director.client.get(`/api/orgs/${result.orgId}/clients`);
    const copyStatement = await director.client.get(`/api/orgs/${result.orgId}/statements?month=2025-03`);
    expect(copyStatement.body.issued).toBe(true);
    expect(copyStatement.body.statement.careLines[0].clientId).toBe(copyClients.body.items[0].id);
    expect(copyClients.body.items[0].id).not.toBe(clientId);
    // The copy computes the same cost price from its own rows.
    const copyOrg = result.orgId;
    const again = await director.client.login('dir@test.be', 'een-wachtwoord');
    expect(again.status).toBe(200);
    const before = await director.client.get(`/api/orgs/${source.org.id}/finance/costprice?year=2025`);
    const after = await director.client.get(`/api/orgs/${copyOrg}/finance/costprice?year=2025`);
    expect(after.body.services).toEqual(before.body.services);
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
    const before = await ctx.db
      .selectFrom('organisation')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const broken = structuredClone(file);
    broken.tables.membership![0]!.user_id = '00000000-0000-0000-0000-000000000000';
    await expect(importOrganisation(ctx.db, broken)).rejects.toThrow();
    await expect(importOrganisation(ctx.db, { ...file, format: 'other' })).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'format' }],
    });
    const after = await ctx.db
      .selectFrom('organisation')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
