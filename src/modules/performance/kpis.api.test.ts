import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { answer, auditedActions, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { fileOf, multipart } from '../finance/testing.ts';
import { directorOf } from './testing.ts';

const ctx = testAppForFile();

const director = () => directorOf(ctx);
const fieldPaths = (b: { error?: { fields?: { path: string }[] } }) => b.error!.fields!.map((f) => f.path);

describe('KPI catalogue', () => {
  it('adds, changes, archives and removes a KPI, audited; refuses a taken code and a stranger as owner', async () => {
    const { api, at, member, org, addKpi } = await director();
    const created = await addKpi({ ownerId: member.userId });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      code: 'ABSENT',
      unit: 'percent',
      direction: 'down',
      perspective: 'learning',
      cafCriterion: 7,
      source: 'manual',
    });
    expect((await addKpi()).status).toBe(409);
    const stranger = await orgWithMember(ctx, 'directie');
    const bad = await addKpi({ code: 'X2', ownerId: stranger.member.userId });
    expect(bad.status).toBe(422);
    expect(fieldPaths(bad.body)[0]).toBe('ownerId');
    const kpiAt = at({ kpiId: created.body.id });
    const changed = await answer(
      api.PATCH('/orgs/{orgId}/kpis/{kpiId}', { ...kpiAt, body: { nameNl: 'Verzuim', archived: true } }),
    );
    expect(changed.body).toMatchObject({ nameNl: 'Verzuim', archived: true });
    expect((await answer(api.GET('/orgs/{orgId}/kpis', at()))).body.items).toHaveLength(0);
    const archived = await answer(
      api.GET('/orgs/{orgId}/kpis', { params: { path: { orgId: org.id }, query: { archived: 'true' } } }),
    );
    expect(archived.body.items).toHaveLength(1);
    expect(await auditedActions(ctx.db, org.id, 'kpi.')).toEqual(
      expect.arrayContaining(['kpi.created', 'kpi.updated']),
    );
    expect((await answer(api.DELETE('/orgs/{orgId}/kpis/{kpiId}', kpiAt))).status).toBe(200);
    expect((await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', kpiAt))).status).toBe(404);
  });

  it('a computed KPI needs a known formula of its own frequency', async () => {
    const { addKpi } = await director();
    /** The occupancy KPI, computed, with `over` laid on top. */
    const occupancy = (over: Parameters<typeof addKpi>[0]) =>
      addKpi({ code: 'OCC', source: 'computed', unit: 'percent', direction: 'up', ...over });
    const noFormula = await occupancy({ frequency: 'month' });
    expect(noFormula.status).toBe(422);
    expect(fieldPaths(noFormula.body)[0]).toBe('formula');
    const wrongFrequency = await occupancy({ formula: 'occupancy', frequency: 'year' });
    expect(wrongFrequency.status).toBe(422);
    expect(fieldPaths(wrongFrequency.body)[0]).toBe('frequency');
    const computed = await occupancy({ formula: 'occupancy', frequency: 'month', valueMax: 200 });
    expect(computed.status).toBe(200);
  });

  it('adds the starter set once: at least 25 sector KPIs with targets, computed where the data exists', async () => {
    const { api, at } = await director();
    const first = await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()));
    expect(first.body.added).toBeGreaterThanOrEqual(25);
    expect((await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()))).body.added).toBe(0);
    const items = (await answer(api.GET('/orgs/{orgId}/kpis', at()))).body.items;
    expect(items.filter((k) => k.source === 'computed').length).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map((k) => k.perspective))).toEqual(
      new Set(['mission', 'financial', 'clients', 'processes', 'learning']),
    );
    const occupancy = items.find((k) => k.code === 'OCCUPANCY')!.id;
    const detail = await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: occupancy })));
    expect(detail.body.targets).toHaveLength(1);
  });
});

describe('targets', () => {
  it('refuses a red threshold on the good side of the target and applies the target valid at the start of the period', async () => {
    const { api, at, addKpi } = await director();
    const k = (await addKpi()).body;
    const kpiAt = at({ kpiId: k.id });
    const targets = '/orgs/{orgId}/kpis/{kpiId}/targets';
    const wrong = await answer(
      api.POST(targets, { ...kpiAt, body: { validFrom: '2025-01-01', target: 6, redThreshold: 4 } }),
    );
    expect(wrong.status).toBe(422);
    expect(fieldPaths(wrong.body)[0]).toBe('redThreshold');
    expect(
      (await answer(api.POST(targets, { ...kpiAt, body: { validFrom: '2025-01-01', target: 6, redThreshold: 9 } })))
        .status,
    ).toBe(200);
    const t2 = await answer(
      api.POST(targets, { ...kpiAt, body: { validFrom: '2026-01-01', target: '5,5', redThreshold: '7' } }),
    );
    expect(t2.body).toMatchObject({ target: 5.5, redThreshold: 7 });
    await answer(
      api.PUT('/orgs/{orgId}/kpi-values', {
        ...at(),
        body: {
          values: [
            { kpiId: k.id, period: '2025-12', value: '6,5' },
            { kpiId: k.id, period: '2026-01', value: '6,5' },
            { kpiId: k.id, period: '2026-02', value: 8, note: 'Griepgolf.' },
          ],
        },
      }),
    );
    const detail = await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', kpiAt));
    expect(detail.body.values.map((v) => `${v.period} ${v.light}`)).toEqual([
      '2025-12 amber',
      '2026-01 amber',
      '2026-02 red',
    ]);
    expect(detail.body.values[0]!.target).toBe(6);
    expect(detail.body.values[1]!.target).toBe(5.5);
    const targetAt = at({ kpiId: k.id, targetId: t2.body.id });
    const upd = await answer(
      api.PUT('/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}', {
        ...targetAt,
        body: { validFrom: '2026-01-01', validTo: null, target: 7, redThreshold: 9 },
      }),
    );
    expect(upd.status).toBe(200);
    expect((await answer(api.DELETE('/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}', targetAt))).status).toBe(200);
  });
});

describe('values', () => {
  it('saves a grid in one transaction and names every wrong cell: period of another frequency, wrong unit, red without note', async () => {
    const { api, at, addKpi } = await director();
    const pct = (await addKpi()).body;
    const count = (await addKpi({ code: 'INCIDENTS', unit: 'count', decimals: 0, perspective: 'processes' })).body;
    await answer(
      api.POST('/orgs/{orgId}/kpis/{kpiId}/targets', {
        ...at({ kpiId: pct.id }),
        body: { validFrom: '2020-01-01', target: 6, redThreshold: 9 },
      }),
    );
    const save = (values: { kpiId: string; period: string; value: string | number | null; note?: string }[]) =>
      answer(api.PUT('/orgs/{orgId}/kpi-values', { ...at(), body: { values } }));
    const bad = await save([
      { kpiId: pct.id, period: '2026-01', value: '5,5' },
      { kpiId: pct.id, period: '2026-Q1', value: 5 },
      { kpiId: pct.id, period: '2026-02', value: 120 },
      { kpiId: count.id, period: '2026-01', value: '12 %' },
      { kpiId: count.id, period: '2026-02', value: -1 },
      { kpiId: count.id, period: '2026-03', value: 2.5 },
      { kpiId: pct.id, period: '2026-03', value: 10 },
    ]);
    expect(bad.status).toBe(422);
    expect(fieldPaths(bad.body)).toEqual([
      'values.1.period',
      'values.2.value',
      'values.3.value',
      'values.4.value',
      'values.5.value',
      'values.6.note',
    ]);
    expect(bad.body.error!.fields![5]!.message).toMatch(/de waarde van maart 2026 is rood .*: vul een toelichting in/);
    expect(bad.body.error!.message).toBe('6 waarden kloppen niet; er is niets opgeslagen.');
    // One wrong value: the message itself names the value and what it needs.
    const one = await save([{ kpiId: pct.id, period: '2026-03', value: 10 }]);
    expect(one.status).toBe(422);
    expect(one.body.error!.message).toMatch(
      /^.+: de waarde van maart 2026 is rood \(streefwaarde 6, rode drempel 9\): vul een toelichting in\.$/,
    );
    expect(
      await ctx.db.selectFrom('kpi_value').select('id').where('kpi_id', 'in', [pct.id, count.id]).execute(),
    ).toHaveLength(0);

    const good = await save([
      { kpiId: pct.id, period: '2026-01', value: '5,5' },
      { kpiId: pct.id, period: '2026-03', value: 10, note: 'Griepgolf en twee langdurig zieken.' },
      { kpiId: count.id, period: '2026-01', value: '3' },
    ]);
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toEqual({ saved: 3, removed: 0 });
    // A later save without a note keeps the note; removing the note of a red value is refused.
    await save([{ kpiId: pct.id, period: '2026-03', value: 11 }]);
    const detail = await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: pct.id })));
    expect(detail.body.values.find((v) => v.period === '2026-03')).toMatchObject({
      value: 11,
      light: 'red',
      note: 'Griepgolf en twee langdurig zieken.',
    });
    const noteAt = at({ kpiId: pct.id, period: '2026-03' });
    const note = (text: string) =>
      answer(api.PUT('/orgs/{orgId}/kpis/{kpiId}/notes/{period}', { ...noteAt, body: { note: text } }));
    expect((await note('')).status).toBe(422);
    expect((await note('Bijgewerkt.')).status).toBe(200);
    const removed = await save([{ kpiId: count.id, period: '2026-01', value: null }]);
    expect(removed.body).toEqual({ saved: 0, removed: 1 });
  });

  it('imports CSV all or nothing, naming the line and field; accepts Belgian numbers and XLSX', async () => {
    const { api, at, addKpi } = await director();
    const k = (await addKpi()).body;
    const upload = (content: string | Uint8Array, name = 'v.csv') =>
      answer(
        api.POST('/orgs/{orgId}/kpi-values/import', {
          ...at(),
          body: { file: fileOf(content, name) },
          bodySerializer: multipart,
        }),
      );
    await answer(
      api.POST('/orgs/{orgId}/kpis/{kpiId}/targets', {
        ...at({ kpiId: k.id }),
        body: { validFrom: '2020-01-01', target: 6, redThreshold: 9 },
      }),
    );
    // Uploads are sent as a browser form sends them (multipart).
    const bad = await upload(
      'code;period;value;note\nABSENT;2026-01;5,5;\nABSENT;2026-02;9,5;\nONBEKEND;2026-03;1;\nABSENT;2026;4;\n',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error?.fields?.map((f) => f.path)).toEqual(['line 3.note', 'line 4.code', 'line 5.period']);
    expect(bad.body.error?.fields?.[0]?.message).toMatch(/^Regel 3/);
    expect(await ctx.db.selectFrom('kpi_value').select('id').where('kpi_id', '=', k.id).execute()).toHaveLength(0);
    const good = await upload('code;period;value;note\nabsent;2026-01;5,5;\nABSENT;2026-02;9,5;Griepgolf\n');
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.imported).toBe(2);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Waarden');
    sheet.addRow(['code', 'period', 'value', 'note']);
    sheet.addRow(['ABSENT', '2026-03', 4.25, '']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const imported = await upload(xlsx, 'v.xlsx');
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const values = (await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: k.id })))).body.values;
    expect(values.map((v) => `${v.period}=${v.value} ${v.source}`)).toEqual([
      '2026-01=5.5 import',
      '2026-02=9.5 import',
      '2026-03=4.25 import',
    ]);
  });

  it('the grid answers the KPIs of one frequency over a range of periods', async () => {
    const { api, at, orgId, addKpi } = await director();
    const k = (await addKpi()).body;
    await answer(
      api.PUT('/orgs/{orgId}/kpi-values', {
        ...at(),
        body: { values: [{ kpiId: k.id, period: '2026-02', value: 4 }] },
      }),
    );
    const grid = await answer(
      api.GET('/orgs/{orgId}/kpi-values', {
        params: { path: { orgId }, query: { frequency: 'month', from: '2026-01', to: '2026-03' } },
      }),
    );
    expect(grid.body.periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(grid.body.kpis[0]!.values['2026-02']).toMatchObject({ value: 4, source: 'manual' });
    const years = await answer(
      api.GET('/orgs/{orgId}/kpi-values', { params: { path: { orgId }, query: { frequency: 'year' } } }),
    );
    expect(years.body.kpis).toHaveLength(0);
  });
});
