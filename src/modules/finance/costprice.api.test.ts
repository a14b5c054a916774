import { describe, expect, it } from 'vitest';
import { answer, type Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import type { CostModelDoc } from './schema.ts';
import { fileOf, multipart, sampleLedgerCsv, sampleModel } from './testing.ts';

const ctx = testAppForFile();

const importLedger = (client: Client, orgId: string) =>
  answer(
    client.api.POST('/orgs/{orgId}/finance/ledger/import', {
      params: { path: { orgId } },
      body: { file: fileOf(sampleLedgerCsv(2025)), year: 2025 },
      bodySerializer: multipart,
    }),
  );
const saveModel = (client: Client, orgId: string, body: CostModelDoc) =>
  answer(client.api.PUT('/orgs/{orgId}/finance/model', { params: { path: { orgId }, query: { year: 2025 } }, body }));
const costPrice = (client: Client, orgId: string, method: 'stepdown' | 'reciprocal') =>
  answer(
    client.api.GET('/orgs/{orgId}/finance/costprice', { params: { path: { orgId }, query: { year: 2025, method } } }),
  );
const importModel = (client: Client, orgId: string, content: Uint8Array) =>
  answer(
    client.api.POST('/orgs/{orgId}/finance/model/import', {
      params: { path: { orgId }, query: { year: 2025 } },
      body: { file: fileOf(content, 'model.xlsx') },
      bodySerializer: multipart,
    }),
  );

describe('cost model and cost price', () => {
  async function orgWithLedgerAndModel() {
    const member = await orgWithMember(ctx, 'directie');
    await importLedger(member.client, member.org.id);
    const saved = await saveModel(member.client, member.org.id, sampleModel(2025));
    expect(saved.status).toBe(200);
    return member;
  }

  it('refuses a duplicate cost centre and a key that sums to zero, naming them', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const model = sampleModel(2025);
    model.centres.push({ ...model.centres[0]!, name: 'Dubbel' });
    model.keys[3]!.quantities = { DAG: 0, WON: 0 };
    const refused = await saveModel(client, org.id, model);
    expect(refused.status).toBe(400);
    const codes = refused.body.error?.message;
    expect(codes).toContain('DAG');
    expect(refused.body.error?.fields?.some((f) => f.path.startsWith('centres.'))).toBe(true);
    expect(codes).toMatch(/RIT|Ritten/);
  });

  it('allocates every cent to the services with both methods and computes cost per unit and coverage', async () => {
    const { client, org } = await orgWithLedgerAndModel();
    for (const method of ['stepdown', 'reciprocal'] as const) {
      const { status, body } = await costPrice(client, org.id, method);
      expect(status).toBe(200);
      expect(body.totalCostCents).toBe(61_700_000);
      expect(body.mainTotalCents).toBe(61_700_000);
      expect(body.services.reduce((s, x) => s + x.totalCents, 0)).toBe(61_700_000);
      const dag = body.services.find((s) => s.code === 'DAG')!;
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
    expect((await saveModel(client, org.id, model)).status).toBe(200);
    const report = await costPrice(client, org.id, 'stepdown');
    expect(report.status).toBe(200);
    expect(report.body.stepOrder).toEqual(['ADM', 'FAC', 'KEU', 'VER']);
    expect(report.body.mainTotalCents).toBe(61_700_000);
    // FAC (€ 30.000) serves ADM 40 of 1 400 m², but ADM is already closed: € 857,14 is not sent back.
    expect(report.body.ignoredBackflows).toEqual([{ from: 'FAC', to: 'ADM', amountCents: 85_714, share: 40 / 1400 }]);
    expect(report.body.flows.some((f) => f.from === 'FAC' && f.to === 'ADM')).toBe(false);
    expect(report.body.suggestedOrder).toEqual(['FAC', 'ADM', 'KEU', 'VER']);
    expect(report.body.mutualCentres).toEqual([]);
    const suggested = await saveModel(client, org.id, { ...model, stepOrder: report.body.suggestedOrder });
    expect(suggested.status).toBe(200);
    const textbook = await costPrice(client, org.id, 'stepdown');
    expect(textbook.body.ignoredBackflows).toEqual([]);
    const reciprocal = await costPrice(client, org.id, 'reciprocal');
    expect(reciprocal.status).toBe(200);
    expect(reciprocal.body.ignoredBackflows).toEqual([]);
  });

  it('gives key figures with their formula, and scenarios to simulate scale', async () => {
    const { client, org } = await orgWithLedgerAndModel();
    const path = { orgId: org.id };
    const figures = await answer(
      client.api.GET('/orgs/{orgId}/finance/keyfigures', { params: { path, query: { year: 2025 } } }),
    );
    const year = figures.body.periods.find((p) => p.period === 'year')!;
    const personnel = year.figures.find((f) => f.code === 'personnel_cost_ratio')!;
    expect(personnel.value).toBeCloseTo((51_500_000 / 61_700_000) * 100, 6);
    expect(personnel.formula.nl).toContain('62');
    expect(figures.body.periods.map((p) => p.period)).toEqual(['year', 'Q1', 'Q2', 'Q3', 'Q4']);
    const suggested = await answer(
      client.api.GET('/orgs/{orgId}/finance/scenarios/suggest', {
        params: { path, query: { year: 2025, centre: 'DAG' } },
      }),
    );
    expect(suggested.body.lines.find((l) => l.behaviour === 'step')).toBeTruthy();
    const created = await answer(
      client.api.POST('/orgs/{orgId}/finance/scenarios', {
        params: { path },
        body: { year: 2025, name: 'Tweede dagGroep', volumeFrom: 1000, volumeTo: 8000, lines: suggested.body.lines },
      }),
    );
    expect(created.status).toBe(200);
    const { id, ...rest } = created.body;
    const renamed = await answer(
      client.api.PUT('/orgs/{orgId}/finance/scenarios/{scenarioId}', {
        params: { path: { ...path, scenarioId: id } },
        body: { ...rest, name: 'Tweede daggroep' },
      }),
    );
    expect(renamed.body.name).toBe('Tweede daggroep');
    const list = await answer(
      client.api.GET('/orgs/{orgId}/finance/scenarios', { params: { path, query: { year: 2025 } } }),
    );
    expect(list.body.items).toHaveLength(1);
    const removed = await answer(
      client.api.DELETE('/orgs/{orgId}/finance/scenarios/{scenarioId}', {
        params: { path: { ...path, scenarioId: id } },
      }),
    );
    expect(removed.status).toBe(204);
  });
});

describe('finance files', () => {
  it('downloads the report as CSV (formula cells escaped) and XLSX, and the model as a template that uploads back', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const path = { orgId: org.id };
    await importLedger(client, org.id);
    const model = sampleModel(2025);
    model.centres[0]!.name = '=HYPERLINK("http://evil.example")';
    expect((await saveModel(client, org.id, model)).status).toBe(200);

    const csvAnswer = await client.api.GET('/orgs/{orgId}/finance/costprice.csv', {
      params: { path, query: { year: 2025, table: 'services' } },
      parseAs: 'text',
    });
    expect(csvAnswer.response.status).toBe(200);
    expect(csvAnswer.response.headers.get('content-disposition')).toContain('kostprijs-2025-services.csv');
    expect(csvAnswer.data).toContain(`'=HYPERLINK`);
    expect(csvAnswer.data).not.toMatch(/(^|;)=HYPERLINK/m);

    const xlsx = await client.api.GET('/orgs/{orgId}/finance/costprice.xlsx', {
      params: { path, query: { year: 2025 } },
      parseAs: 'arrayBuffer',
    });
    const bytes = new Uint8Array(xlsx.data!);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);

    const pdf = await client.api.GET('/orgs/{orgId}/finance/costprice.pdf', {
      params: { path, query: { year: 2025, method: 'reciprocal' } },
      parseAs: 'arrayBuffer',
    });
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = new Uint8Array(pdf.data!);
    expect(new TextDecoder().decode(pdfBytes.slice(0, 5))).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(5000);

    const template = await client.api.GET('/orgs/{orgId}/finance/model/template.xlsx', {
      params: { path, query: { year: 2025 } },
      parseAs: 'arrayBuffer',
    });
    const workbook = new Uint8Array(template.data!);
    const other = await orgWithMember(ctx, 'staf');
    const uploaded = await importModel(other.client, other.org.id, workbook);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.centres).toEqual(model.centres);
    expect(uploaded.body.keys).toEqual(model.keys);
    const broken = await importModel(other.client, other.org.id, new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]));
    expect(broken.status).toBe(400);
  });
});
