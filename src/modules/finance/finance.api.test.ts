import { describe, expect, it } from 'vitest';
import { answer, type Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { fileOf, multipart, sampleLedgerCsv, sampleModel } from './testing.ts';

const ctx = testAppForFile();

const accountsOf = (client: Client, orgId: string) =>
  answer(client.api.GET('/orgs/{orgId}/finance/accounts', { params: { path: { orgId } } }));
const importChart = (client: Client, orgId: string, content: string) =>
  answer(
    client.api.POST('/orgs/{orgId}/finance/accounts/import', {
      params: { path: { orgId } },
      body: { file: fileOf(content) },
      bodySerializer: multipart,
    }),
  );
type LedgerFields = { year: number; mapping?: string; accountMapping?: string; replace?: 'true' | 'false' };
const preview = (client: Client, orgId: string, file: File, fields: LedgerFields) =>
  answer(
    client.api.POST('/orgs/{orgId}/finance/ledger/preview', {
      params: { path: { orgId } },
      body: { file, ...fields },
      bodySerializer: multipart,
    }),
  );
const importLedger = (client: Client, orgId: string, file: File, fields: LedgerFields) =>
  answer(
    client.api.POST('/orgs/{orgId}/finance/ledger/import', {
      params: { path: { orgId } },
      body: { file, ...fields },
      bodySerializer: multipart,
    }),
  );
const importsOf = (client: Client, orgId: string, year: number) =>
  answer(client.api.GET('/orgs/{orgId}/finance/ledger/imports', { params: { path: { orgId }, query: { year } } }));

describe('chart of accounts', () => {
  it('starts from the MAR, with the association accounts and their income types', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const { body } = await accountsOf(client, org.id);
    const byCode = new Map(body.items.map((a) => [a.code, a]));
    expect(byCode.get('730')).toMatchObject({ incomeType: 'membership_fees', kind: 'revenue' });
    expect(byCode.get('733')).toMatchObject({ incomeType: 'subsidy' });
    expect(byCode.get('620')).toMatchObject({ kind: 'cost', incomeType: null });
  });

  it('imports a chart CSV, reporting every bad line and saving nothing when one is wrong', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const bad = await importChart(
      client,
      org.id,
      'code;naam;extra\n6201;Lonen begeleiders;x\n62A;Fout;\n6202;;\n6201;Dubbel;\n',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields?.map((f) => f.path)).toEqual(['line 3 · code', 'line 4 · naam', 'line 5 · code']);
    const accounts = await accountsOf(client, org.id);
    expect(accounts.body.items.some((a) => a.code === '6201')).toBe(false);
    const good = await importChart(
      client,
      org.id,
      '6201;Lonen begeleiders\n6202;Lonen logistiek\n620;Bezoldigingen (eigen naam)\n',
    );
    expect(good.body).toEqual({ added: 2, updated: 1 });
  });
});

describe('ledger import', () => {
  it('reports the bad line with line number and column, imports nothing, then imports the fixed file', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const checked = await preview(client, org.id, fileOf(sampleLedgerCsv(2025, { badLine: true })), { year: 2025 });
    expect(checked.status).toBe(200);
    expect(checked.body.errors).toEqual([expect.objectContaining({ line: 12, column: 'credit' })]);
    // The summary can say how many of the file’s lines were left out: 11 data lines, 10 read.
    expect(checked.body).toMatchObject({ lines: 10, fileLines: 11 });
    const refused = await importLedger(client, org.id, fileOf(sampleLedgerCsv(2025, { badLine: true })), {
      year: 2025,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.[0]?.path).toBe('line 12 · credit');
    expect((await importsOf(client, org.id, 2025)).body.items).toEqual([]);
    const done = await importLedger(client, org.id, fileOf(sampleLedgerCsv(2025)), { year: 2025 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      year: 2025,
      version: 1,
      current: true,
      lines: 11,
      debitCents: 61_700_000,
      creditCents: 70_000_000,
    });
  });

  it('says per imported year whether it has a cost model, so the finance pages can stay on one', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await importLedger(client, org.id, fileOf(sampleLedgerCsv(2025)), { year: 2025 });
    const saved = await answer(
      client.api.PUT('/orgs/{orgId}/finance/model', {
        params: { path: { orgId: org.id }, query: { year: 2025 } },
        body: sampleModel(2025),
      }),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await importLedger(client, org.id, fileOf(sampleLedgerCsv(2026)), { year: 2026 });
    const all = await answer(
      client.api.GET('/orgs/{orgId}/finance/ledger/imports', { params: { path: { orgId: org.id } } }),
    );
    expect(all.body.items.map((i) => [i.year, i.hasModel])).toEqual([
      [2026, false],
      [2025, true],
    ]);
  });

  it('asks before replacing a year, keeps the previous version and compares them', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const first = await importLedger(client, org.id, fileOf(sampleLedgerCsv(2025)), { year: 2025 });
    const changed = sampleLedgerCsv(2025).replace('42.000,00', '45.500,00');
    const conflict = await importLedger(client, org.id, fileOf(changed), { year: 2025 });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error?.message).toContain('versie 1');
    const second = await importLedger(client, org.id, fileOf(changed), { year: 2025, replace: 'true' });
    expect(second.body).toMatchObject({ version: 2, current: true });
    const list = (await importsOf(client, org.id, 2025)).body.items;
    expect(list.map((i) => [i.version, i.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const compare = await answer(
      client.api.GET('/orgs/{orgId}/finance/ledger/imports/{importId}/compare', {
        params: { path: { orgId: org.id, importId: first.body.id }, query: { with: second.body.id } },
      }),
    );
    expect(compare.body.rows.find((r) => r.account === '6040')).toMatchObject({
      aCents: 4_200_000,
      bCents: 4_550_000,
      diffCents: 350_000,
    });
  });

  it('maps unknown headers and accounts, and remembers the mapping', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const file = fileOf('Konto;Tekst;Betrag\n6200;Lonen;1000,00\n6999;Iets raars;50,00\n7330;Subsidie;-1050,00\n');
    const first = await preview(client, org.id, file, { year: 2024 });
    expect(first.body.unknownHeaders).toEqual(['Konto', 'Tekst', 'Betrag']);
    const mapping = JSON.stringify({ Konto: 'account', Tekst: 'description', Betrag: 'amount' });
    const mapped = await preview(client, org.id, file, { year: 2024, mapping });
    expect(mapped.body.unknownAccounts).toEqual([{ code: '6999', description: 'Iets raars', lines: 1 }]);
    const unknown = await importLedger(client, org.id, file, { year: 2024, mapping });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toContain('6999');
    const ok = await importLedger(client, org.id, file, {
      year: 2024,
      mapping,
      accountMapping: JSON.stringify({ 6999: '6490' }),
    });
    expect(ok.status).toBe(200);
    const again = await preview(client, org.id, file, { year: 2023 });
    expect(again.body.unknownHeaders).toEqual([]);
    expect(again.body.unknownAccounts).toEqual([]);
  });

  it('refuses bad files with a clear message', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const codes = async (content: string | Uint8Array, year = 2025) =>
      (await importLedger(client, org.id, fileOf(content, 'x.csv'), { year })).body.error!;
    expect((await codes('')).fields?.[0]?.message).toBe('Het bestand is leeg.');
    expect((await codes('rekening;omschrijving;debet;credit\n')).fields?.[0]?.message).toContain('geen boekingslijnen');
    expect(
      (await codes(new Uint8Array([0x50, 0x4b, 0x01, 0x00, 0xff, 0x00, 0x13, 0x37, 0, 0, 0]))).fields?.[0]?.message,
    ).toMatch(/binair|tekstbestand/i);
    const unbalanced = await codes('rekening;debet;credit\n5500;100,00;\n6100;;90,00\n');
    expect(unbalanced.message).toContain('niet in evenwicht');
    const outside = await codes('rekening;bedrag;datum\n6100;10,00;01/01/2024\n', 2025);
    expect(outside.fields?.[0]).toMatchObject({ path: 'line 2 · datum' });
    const huge = await importLedger(client, org.id, fileOf(new Uint8Array(51 * 1024 * 1024), 'groot.csv'), {
      year: 2025,
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.message).toContain('50 MB');
  });
});
