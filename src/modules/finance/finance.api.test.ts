import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWithMember, testApp } from '../../server/testing.ts';
import { sampleLedgerCsv, sampleModel } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

const csv = (content: string, name = 'grootboek.csv') => ({ name, content });

describe('chart of accounts', () => {
  it('starts from the MAR, with the association accounts and their income types', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const { body } = await client.get(`/api/orgs/${org.id}/finance/accounts`);
    const byCode = new Map(body.items.map((a: { code: string }) => [a.code, a]));
    expect(byCode.get('730')).toMatchObject({ incomeType: 'membership_fees', kind: 'revenue' });
    expect(byCode.get('733')).toMatchObject({ incomeType: 'subsidy' });
    expect(byCode.get('620')).toMatchObject({ kind: 'cost', incomeType: null });
  });

  it('imports a chart CSV, reporting every bad line and saving nothing when one is wrong', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const bad = await client.upload(
      `/api/orgs/${org.id}/finance/accounts/import`,
      csv('code;naam;extra\n6201;Lonen begeleiders;x\n62A;Fout;\n6202;;\n6201;Dubbel;\n'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'line 3 · code',
      'line 4 · naam',
      'line 5 · code',
    ]);
    const accounts = await client.get(`/api/orgs/${org.id}/finance/accounts`);
    expect(accounts.body.items.some((a: { code: string }) => a.code === '6201')).toBe(false);
    const good = await client.upload(
      `/api/orgs/${org.id}/finance/accounts/import`,
      csv('6201;Lonen begeleiders\n6202;Lonen logistiek\n620;Bezoldigingen (eigen naam)\n'),
    );
    expect(good.body).toEqual({ added: 2, updated: 1 });
  });
});

describe('ledger import', () => {
  it('reports the bad line with line number and column, imports nothing, then imports the fixed file', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const base = `/api/orgs/${org.id}/finance/ledger`;
    const preview = await client.upload(`${base}/preview`, csv(sampleLedgerCsv(2025, { badLine: true })), {
      year: '2025',
    });
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([expect.objectContaining({ line: 12, column: 'credit' })]);
    const refused = await client.upload(`${base}/import`, csv(sampleLedgerCsv(2025, { badLine: true })), {
      year: '2025',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('line 12 · credit');
    expect((await client.get(`${base}/imports?year=2025`)).body.items).toEqual([]);
    const done = await client.upload(`${base}/import`, csv(sampleLedgerCsv(2025)), { year: '2025' });
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

  it('asks before replacing a year, keeps the previous version and compares them', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const base = `/api/orgs/${org.id}/finance/ledger`;
    const first = await client.upload(`${base}/import`, csv(sampleLedgerCsv(2025)), { year: '2025' });
    const changed = sampleLedgerCsv(2025).replace('42.000,00', '45.500,00');
    const conflict = await client.upload(`${base}/import`, csv(changed), { year: '2025' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toContain('versie 1');
    const second = await client.upload(`${base}/import`, csv(changed), { year: '2025', replace: 'true' });
    expect(second.body).toMatchObject({ version: 2, current: true });
    const list = (await client.get(`${base}/imports?year=2025`)).body.items;
    expect(list.map((i: { version: number; current: boolean }) => [i.version, i.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const compare = await client.get(`${base}/imports/${first.body.id}/compare?with=${second.body.id}`);
    expect(compare.body.rows.find((r: { account: string }) => r.account === '6040')).toMatchObject({
      aCents: 4_200_000,
      bCents: 4_550_000,
      diffCents: 350_000,
    });
  });

  it('maps unknown headers and accounts, and remembers the mapping', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const base = `/api/orgs/${org.id}/finance/ledger`;
    const file = csv('Konto;Tekst;Betrag\n6200;Lonen;1000,00\n6999;Iets raars;50,00\n7330;Subsidie;-1050,00\n');
    const preview = await client.upload(`${base}/preview`, file, { year: '2024' });
    expect(preview.body.unknownHeaders).toEqual(['Konto', 'Tekst', 'Betrag']);
    const mapping = JSON.stringify({ Konto: 'account', Tekst: 'description', Betrag: 'amount' });
    const mapped = await client.upload(`${base}/preview`, file, { year: '2024', mapping });
    expect(mapped.body.unknownAccounts).toEqual([{ code: '6999', description: 'Iets raars', lines: 1 }]);
    const unknown = await client.upload(`${base}/import`, file, { year: '2024', mapping });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('6999');
    const ok = await client.upload(`${base}/import`, file, {
      year: '2024',
      mapping,
      accountMapping: JSON.stringify({ 6999: '6490' }),
    });
    expect(ok.status).toBe(200);
    const again = await client.upload(`${base}/preview`, file, { year: '2023' });
    expect(again.body.unknownHeaders).toEqual([]);
    expect(again.body.unknownAccounts).toEqual([]);
  });

  it('refuses bad files with a clear message', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const url = `/api/orgs/${org.id}/finance/ledger/import`;
    const codes = async (content: string | Uint8Array, year = '2025') =>
      (await client.upload(url, { name: 'x.csv', content }, { year })).body.error;
    expect((await codes('')).fields[0].message).toBe('Het bestand is leeg.');
    expect((await codes('rekening;omschrijving;debet;credit\n')).fields[0].message).toContain('geen boekingslijnen');
    expect(
      (await codes(new Uint8Array([0x50, 0x4b, 0x01, 0x00, 0xff, 0x00, 0x13, 0x37, 0, 0, 0]))).fields[0].message,
    ).toMatch(/binair|tekstbestand/i);
    const unbalanced = await codes('rekening;debet;credit\n5500;100,00;\n6100;;90,00\n');
    expect(unbalanced.message).toContain('niet in evenwicht');
    const outside = await codes('rekening;bedrag;datum\n6100;10,00;01/01/2024\n', '2025');
    expect(outside.fields[0]).toMatchObject({ path: 'line 2 · datum' });
    const huge = await client.upload(
      url,
      { name: 'groot.csv', content: new Uint8Array(51 * 1024 * 1024) },
      { year: '2025' },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('50 MB');
  });
});

describe('cost model and cost price', () => {
  async function orgWithLedgerAndModel() {
    const member = await orgWithMember(ctx, 'directie');
    await member.client.upload(`/api/orgs/${member.org.id}/finance/ledger/import`, csv(sampleLedgerCsv(2025)), {
      year: '2025',
    });
    const saved = await member.client.req(
      'PUT',
      `/api/orgs/${member.org.id}/finance/model?year=2025`,
      sampleModel(2025),
    );
    expect(saved.status).toBe(200);
    return member;
  }

  it('refuses a duplicate cost centre and a key that sums to zero, naming them', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const model = sampleModel(2025);
    model.centres.push({ ...model.centres[0]!, name: 'Dubbel' });
    model.keys[3]!.quantities = { DAG: 0, WON: 0 };
    const answer = await client.req('PUT', `/api/orgs/${org.id}/finance/model?year=2025`, model);
    expect(answer.status).toBe(400);
    const codes = answer.body.error.message;
    expect(codes).toContain('DAG');
    expect(answer.body.error.fields.some((f: { path: string }) => f.path.startsWith('centres.'))).toBe(true);
    expect(codes).toMatch(/RIT|Ritten/);
  });

  it('allocates every cent to the services with both methods and computes cost per unit and coverage', async () => {
    const { client, org } = await orgWithLedgerAndModel();
    for (const method of ['stepdown', 'reciprocal']) {
      const { status, body } = await client.get(`/api/orgs/${org.id}/finance/costprice?year=2025&method=${method}`);
      expect(status).toBe(200);
      expect(body.totalCostCents).toBe(61_700_000);
      expect(body.mainTotalCents).toBe(61_700_000);
      expect(body.services.reduce((s: number, x: { totalCents: number }) => s + x.totalCents, 0)).toBe(61_700_000);
      const dag = body.services.find((s: { code: string }) => s.code === 'DAG');
      expect(dag.costPerUnitCents).toBe(Math.round(dag.totalCents / 4000));
      expect(dag.incomeCents).toBe(19_000_000);
      expect(body.organisation.incomeCents).toBe(70_000_000);
      expect(body.organisation.coverage).toBeCloseTo(70_000_000 / 61_700_000, 6);
      expect(body.organisation.incomeMix.governmentShare).toBeCloseTo(640 / 700, 6);
      expect(body.flows.length).toBeGreaterThan(4);
    }
  });

  it('computes step-down in an order with a back-flow, lists what was ignored and suggests the textbook order', async () => {
    const { client, org } = await orgWithLedgerAndModel();
    const model = { ...sampleModel(2025), stepOrder: ['ADM', 'FAC', 'KEU', 'VER'] };
    expect((await client.req('PUT', `/api/orgs/${org.id}/finance/model?year=2025`, model)).status).toBe(200);
    const answer = await client.get(`/api/orgs/${org.id}/finance/costprice?year=2025&method=stepdown`);
    expect(answer.status).toBe(200);
    expect(answer.body.stepOrder).toEqual(['ADM', 'FAC', 'KEU', 'VER']);
    expect(answer.body.mainTotalCents).toBe(61_700_000);
    // FAC (€ 30.000) serves ADM 40 of 1 400 m², but ADM is already closed: € 857,14 is not sent back.
    expect(answer.body.ignoredBackflows).toEqual([{ from: 'FAC', to: 'ADM', amountCents: 85_714, share: 40 / 1400 }]);
    expect(answer.body.flows.some((f: { from: string; to: string }) => f.from === 'FAC' && f.to === 'ADM')).toBe(false);
    expect(answer.body.suggestedOrder).toEqual(['FAC', 'ADM', 'KEU', 'VER']);
    expect(answer.body.mutualCentres).toEqual([]);
    const suggested = await client.req('PUT', `/api/orgs/${org.id}/finance/model?year=2025`, {
      ...model,
      stepOrder: answer.body.suggestedOrder,
    });
    expect(suggested.status).toBe(200);
    const textbook = await client.get(`/api/orgs/${org.id}/finance/costprice?year=2025&method=stepdown`);
    expect(textbook.body.ignoredBackflows).toEqual([]);
    const reciprocal = await client.get(`/api/orgs/${org.id}/finance/costprice?year=2025&method=reciprocal`);
    expect(reciprocal.status).toBe(200);
    expect(reciprocal.body.ignoredBackflows).toEqual([]);
  });

  it('gives key figures with their formula, and scenarios to simulate scale', async () => {
    const { client, org } = await orgWithLedgerAndModel();
    const figures = await client.get(`/api/orgs/${org.id}/finance/keyfigures?year=2025`);
    const year = figures.body.periods.find((p: { period: string }) => p.period === 'year');
    const personnel = year.figures.find((f: { code: string }) => f.code === 'personnel_cost_ratio');
    expect(personnel.value).toBeCloseTo((51_500_000 / 61_700_000) * 100, 6);
    expect(personnel.formula.nl).toContain('62');
    expect(figures.body.periods.map((p: { period: string }) => p.period)).toEqual(['year', 'Q1', 'Q2', 'Q3', 'Q4']);
    const suggested = await client.get(`/api/orgs/${org.id}/finance/scenarios/suggest?year=2025&centre=DAG`);
    expect(suggested.body.lines.find((l: { behaviour: string }) => l.behaviour === 'step')).toBeTruthy();
    const created = await client.post(`/api/orgs/${org.id}/finance/scenarios`, {
      year: 2025,
      name: 'Tweede dagGroep',
      volumeFrom: 1000,
      volumeTo: 8000,
      lines: suggested.body.lines,
    });
    expect(created.status).toBe(200);
    const renamed = await client.req('PUT', `/api/orgs/${org.id}/finance/scenarios/${created.body.id}`, {
      ...created.body,
      id: undefined,
      name: 'Tweede daggroep',
    });
    expect(renamed.body.name).toBe('Tweede daggroep');
    expect((await client.get(`/api/orgs/${org.id}/finance/scenarios?year=2025`)).body.items).toHaveLength(1);
    expect((await client.delete(`/api/orgs/${org.id}/finance/scenarios/${created.body.id}`)).status).toBe(204);
  });
});

describe('finance files', () => {
  it('downloads the report as CSV (formula cells escaped) and XLSX, and the model as a template that uploads back', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const base = `/api/orgs/${org.id}/finance`;
    await client.upload(`${base}/ledger/import`, csv(sampleLedgerCsv(2025)), { year: '2025' });
    const model = sampleModel(2025);
    model.centres[0]!.name = '=HYPERLINK("http://evil.example")';
    expect((await client.req('PUT', `${base}/model?year=2025`, model)).status).toBe(200);

    const csvAnswer = await client.get(`${base}/costprice.csv?year=2025&table=services`);
    expect(csvAnswer.status).toBe(200);
    expect(csvAnswer.headers.get('content-disposition')).toContain('kostprijs-2025-services.csv');
    expect(csvAnswer.body).toContain(`'=HYPERLINK`);
    expect(csvAnswer.body).not.toMatch(/(^|;)=HYPERLINK/m);

    const xlsx = await ctx.app.request(`${base}/costprice.xlsx?year=2025`, { headers: { cookie: client.cookie } });
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);

    const pdf = await ctx.app.request(`${base}/costprice.pdf?year=2025&method=reciprocal`, {
      headers: { cookie: client.cookie },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(pdfBytes.slice(0, 5))).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(5000);

    const template = await ctx.app.request(`${base}/model/template.xlsx?year=2025`, {
      headers: { cookie: client.cookie },
    });
    const workbook = new Uint8Array(await template.arrayBuffer());
    const other = await orgWithMember(ctx, 'staf');
    const uploaded = await other.client.upload(`/api/orgs/${other.org.id}/finance/model/import?year=2025`, {
      name: 'model.xlsx',
      content: workbook,
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.centres).toEqual(model.centres);
    expect(uploaded.body.keys).toEqual(model.keys);
    const broken = await other.client.upload(`/api/orgs/${other.org.id}/finance/model/import?year=2025`, {
      name: 'model.xlsx',
      content: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]),
    });
    expect(broken.status).toBe(400);
  });
});
