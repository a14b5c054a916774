import { describe, expect, it } from 'vitest';
import { type Answer, answer, Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { sampleOffer, voucherClient } from '../clients/testing.ts';
import { fileOf, multipart, sampleLedgerCsv, sampleModel } from '../finance/testing.ts';
import { exportOrganisation, importOrganisation } from './queries.ts';

const ctx = testAppForFile();

describe('export and import of an organisation', () => {
  it('round-trips every row into a new organisation, with references pointing to the new rows', async () => {
    const source = await orgWithMember(ctx);
    const sourcePath = { params: { path: { orgId: source.org.id } } };
    for (const [email, name, role] of [
      ['mee@test.be', 'Mee', 'bestuur'],
      ['dir@test.be', 'Dir', 'directie'],
    ] as const) {
      await answer(
        source.client.api.POST('/orgs/{orgId}/members', {
          ...sourcePath,
          body: { email, name, role, password: 'een-wachtwoord' },
        }),
      );
    }
    const director = { client: new Client(ctx.app) };
    await director.client.login('dir@test.be', 'een-wachtwoord');
    await answer(source.client.api.PATCH('/orgs/{orgId}', { ...sourcePath, body: { kbo: '0403.170.701' } }));
    const dir = director.client.api;
    const ledger = await answer(
      dir.POST('/orgs/{orgId}/finance/ledger/import', {
        ...sourcePath,
        body: { file: fileOf(sampleLedgerCsv(2025), 'g.csv'), year: 2025 },
        bodySerializer: multipart,
      }),
    );
    expect(ledger.status).toBe(200);
    expect(
      (
        await answer(
          dir.PUT('/orgs/{orgId}/finance/model', {
            params: { path: { orgId: source.org.id }, query: { year: 2025 } },
            body: sampleModel(2025),
          }),
        )
      ).status,
    ).toBe(200);
    await sampleOffer(director.client, source.org.id);
    const clientId = await voucherClient(director.client, source.org.id, '2025-01-01');
    await answer(
      dir.PUT('/orgs/{orgId}/registrations/week', {
        ...sourcePath,
        body: {
          start: '2025-03-03',
          cells: [{ clientId, functionCode: 'dagondersteuning', date: '2025-03-03', units: 1 }],
        },
      }),
    );
    expect(
      (await answer(dir.POST('/orgs/{orgId}/statements', { ...sourcePath, body: { month: '2025-03' } }))).status,
    ).toBe(200);
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
    const copyPath = { params: { path: { orgId: result.orgId } } };
    // Clients and statements routes still answer `unknown` in the generated types: cast here, in the test only.
    const copyClients = (await answer(dir.GET('/orgs/{orgId}/clients', copyPath))) as Answer;
    const copyStatement = (await answer(
      dir.GET('/orgs/{orgId}/statements', { params: { path: { orgId: result.orgId }, query: { month: '2025-03' } } }),
    )) as Answer;
    expect(copyStatement.body.issued).toBe(true);
    expect(copyStatement.body.statement.careLines[0].clientId).toBe(copyClients.body.items[0].id);
    expect(copyClients.body.items[0].id).not.toBe(clientId);
    // The copy computes the same cost price from its own rows.
    const copyOrg = result.orgId;
    const again = await director.client.login('dir@test.be', 'een-wachtwoord');
    expect(again.status).toBe(200);
    const costPrice = (orgId: string) =>
      answer(dir.GET('/orgs/{orgId}/finance/costprice', { params: { path: { orgId }, query: { year: 2025 } } }));
    const before = await costPrice(source.org.id);
    const after = await costPrice(copyOrg);
    expect(after.body.services).toEqual(before.body.services);
    // The same people, recognised by email, can log in to the copy.
    const mee = new Client(ctx.app);
    const session = await mee.login('mee@test.be', 'een-wachtwoord');
    expect(session.body.memberships.map((m) => m.orgName)).toContain('Kopie');
    // The source is untouched.
    expect((await answer(source.client.api.GET('/orgs/{orgId}', sourcePath))).body.kbo).toBe('0403.170.701');
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
