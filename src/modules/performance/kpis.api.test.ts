import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWithMember, testApp } from '../../server/testing.ts';
import { sampleLedgerCsv } from '../finance/testing.ts';
import { thisYear } from '../../lib/calendar.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

const base = (orgId: string) => `/api/orgs/${orgId}`;
const kpi = (over: Record<string, unknown> = {}) => ({
  code: 'ABSENT',
  nameNl: 'Ziekteverzuim',
  nameEn: 'Absenteeism',
  unit: 'percent',
  decimals: 1,
  direction: 'down',
  frequency: 'month',
  perspective: 'learning',
  cafCriterion: 7,
  mape: 'means',
  ...over,
});

async function director() {
  const o = await orgWithMember(ctx, 'directie');
  return { ...o, url: base(o.org.id) };
}

describe('KPI catalogue', () => {
  it('adds, changes, archives and removes a KPI, audited; refuses a taken code and a stranger as owner', async () => {
    const { client, url, member, org } = await director();
    const created = await client.post(`${url}/kpis`, kpi({ ownerId: member.userId ?? undefined }));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      code: 'ABSENT',
      unit: 'percent',
      direction: 'down',
      perspective: 'learning',
      cafCriterion: 7,
      source: 'manual',
    });
    expect((await client.post(`${url}/kpis`, kpi())).status).toBe(409);
    const stranger = await orgWithMember(ctx, 'directie');
    const bad = await client.post(`${url}/kpis`, kpi({ code: 'X2', ownerId: stranger.member.userId }));
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('ownerId');
    const changed = await client.patch(`${url}/kpis/${created.body.id}`, { nameNl: 'Verzuim', archived: true });
    expect(changed.body).toMatchObject({ nameNl: 'Verzuim', archived: true });
    expect((await client.get(`${url}/kpis`)).body.items).toHaveLength(0);
    expect((await client.get(`${url}/kpis?archived=true`)).body.items).toHaveLength(1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', org.id)
      .where('action', 'like', 'kpi.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['kpi.created', 'kpi.updated']));
    expect((await client.delete(`${url}/kpis/${created.body.id}`)).status).toBe(200);
    expect((await client.get(`${url}/kpis/${created.body.id}`)).status).toBe(404);
  });

  it('a computed KPI needs a known formula of its own frequency', async () => {
    const { client, url } = await director();
    const noFormula = await client.post(
      `${url}/kpis`,
      kpi({ code: 'OCC', source: 'computed', unit: 'percent', direction: 'up', frequency: 'month' }),
    );
    expect(noFormula.status).toBe(422);
    expect(noFormula.body.error.fields[0].path).toBe('formula');
    const wrongFrequency = await client.post(
      `${url}/kpis`,
      kpi({ code: 'OCC', source: 'computed', formula: 'occupancy', frequency: 'year', direction: 'up' }),
    );
    expect(wrongFrequency.status).toBe(422);
    expect(wrongFrequency.body.error.fields[0].path).toBe('frequency');
    expect(
      (
        await client.post(
          `${url}/kpis`,
          kpi({
            code: 'OCC',
            source: 'computed',
            formula: 'occupancy',
            frequency: 'month',
            direction: 'up',
            valueMax: 200,
          }),
        )
      ).status,
    ).toBe(200);
  });

  it('adds the starter set once: at least 25 sector KPIs with targets, computed where the data exists', async () => {
    const { client, url } = await director();
    const first = await client.post(`${url}/kpis/starter-set`);
    expect(first.body.added).toBeGreaterThanOrEqual(25);
    expect((await client.post(`${url}/kpis/starter-set`)).body.added).toBe(0);
    const items = (await client.get(`${url}/kpis`)).body.items as {
      id: string;
      source: string;
      perspective: string;
      code: string;
    }[];
    expect(items.filter((k) => k.source === 'computed').length).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map((k) => k.perspective))).toEqual(
      new Set(['mission', 'financial', 'clients', 'processes', 'learning']),
    );
    const detail = await client.get(`${url}/kpis/${items.find((k) => k.code === 'OCCUPANCY')!.id}`);
    expect(detail.body.targets).toHaveLength(1);
  });
});

describe('targets', () => {
  it('refuses a red threshold on the good side of the target and applies the target valid at the start of the period', async () => {
    const { client, url } = await director();
    const k = (await client.post(`${url}/kpis`, kpi())).body;
    const wrong = await client.post(`${url}/kpis/${k.id}/targets`, {
      validFrom: '2025-01-01',
      target: 6,
      redThreshold: 4,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields[0].path).toBe('redThreshold');
    expect(
      (await client.post(`${url}/kpis/${k.id}/targets`, { validFrom: '2025-01-01', target: 6, redThreshold: 9 }))
        .status,
    ).toBe(200);
    const t2 = await client.post(`${url}/kpis/${k.id}/targets`, {
      validFrom: '2026-01-01',
      target: '5,5',
      redThreshold: '7',
    });
    expect(t2.body).toMatchObject({ target: 5.5, redThreshold: 7 });
    await client.req('PUT', `${url}/kpi-values`, {
      values: [
        { kpiId: k.id, period: '2025-12', value: '6,5' },
        { kpiId: k.id, period: '2026-01', value: '6,5' },
        { kpiId: k.id, period: '2026-02', value: 8, note: 'Griepgolf.' },
      ],
    });
    const detail = await client.get(`${url}/kpis/${k.id}`);
    expect(detail.body.values.map((v: { period: string; light: string }) => `${v.period} ${v.light}`)).toEqual([
      '2025-12 amber',
      '2026-01 amber',
      '2026-02 red',
    ]);
    expect(detail.body.values[0].target).toBe(6);
    expect(detail.body.values[1].target).toBe(5.5);
    const upd = await client.req('PUT', `${url}/kpis/${k.id}/targets/${t2.body.id}`, {
      validFrom: '2026-01-01',
      validTo: null,
      target: 7,
      redThreshold: 9,
    });
    expect(upd.status).toBe(200);
    expect((await client.delete(`${url}/kpis/${k.id}/targets/${t2.body.id}`)).status).toBe(200);
  });
});

describe('values', () => {
  it('saves a grid in one transaction and names every wrong cell: period of another frequency, wrong unit, red without note', async () => {
    const { client, url } = await director();
    const pct = (await client.post(`${url}/kpis`, kpi())).body;
    const count = (
      await client.post(`${url}/kpis`, kpi({ code: 'INCIDENTS', unit: 'count', decimals: 0, perspective: 'processes' }))
    ).body;
    await client.post(`${url}/kpis/${pct.id}/targets`, { validFrom: '2020-01-01', target: 6, redThreshold: 9 });
    const bad = await client.req('PUT', `${url}/kpi-values`, {
      values: [
        { kpiId: pct.id, period: '2026-01', value: '5,5' },
        { kpiId: pct.id, period: '2026-Q1', value: 5 },
        { kpiId: pct.id, period: '2026-02', value: 120 },
        { kpiId: count.id, period: '2026-01', value: '12 %' },
        { kpiId: count.id, period: '2026-02', value: -1 },
        { kpiId: count.id, period: '2026-03', value: 2.5 },
        { kpiId: pct.id, period: '2026-03', value: 10 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'values.1.period',
      'values.2.value',
      'values.3.value',
      'values.4.value',
      'values.5.value',
      'values.6.note',
    ]);
    expect(bad.body.error.fields[5].message).toMatch(/toelichting is verplicht/);
    expect(
      await ctx.db.selectFrom('kpi_value').select('id').where('kpi_id', 'in', [pct.id, count.id]).execute(),
    ).toHaveLength(0);

    const good = await client.req('PUT', `${url}/kpi-values`, {
      values: [
        { kpiId: pct.id, period: '2026-01', value: '5,5' },
        { kpiId: pct.id, period: '2026-03', value: 10, note: 'Griepgolf en twee langdurig zieken.' },
        { kpiId: count.id, period: '2026-01', value: '3' },
      ],
    });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toEqual({ saved: 3, removed: 0 });
    // A later save without a note keeps the note; removing the note of a red value is refused.
    await client.req('PUT', `${url}/kpi-values`, { values: [{ kpiId: pct.id, period: '2026-03', value: 11 }] });
    const detail = await client.get(`${url}/kpis/${pct.id}`);
    expect(detail.body.values.find((v: { period: string }) => v.period === '2026-03')).toMatchObject({
      value: 11,
      light: 'red',
      note: 'Griepgolf en twee langdurig zieken.',
    });
    expect((await client.req('PUT', `${url}/kpis/${pct.id}/notes/2026-03`, { note: '' })).status).toBe(422);
    expect((await client.req('PUT', `${url}/kpis/${pct.id}/notes/2026-03`, { note: 'Bijgewerkt.' })).status).toBe(200);
    const removed = await client.req('PUT', `${url}/kpi-values`, {
      values: [{ kpiId: count.id, period: '2026-01', value: null }],
    });
    expect(removed.body).toEqual({ saved: 0, removed: 1 });
  });

  it('imports CSV all or nothing, naming the line and field; accepts Belgian numbers and XLSX', async () => {
    const { client, url } = await director();
    const k = (await client.post(`${url}/kpis`, kpi())).body;
    await client.post(`${url}/kpis/${k.id}/targets`, { validFrom: '2020-01-01', target: 6, redThreshold: 9 });
    const bad = await client.upload(`${url}/kpi-values/import`, {
      name: 'v.csv',
      content:
        'code;period;value;note\nABSENT;2026-01;5,5;\nABSENT;2026-02;9,5;\nONBEKEND;2026-03;1;\nABSENT;2026;4;\n',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'line 3.note',
      'line 4.code',
      'line 5.period',
    ]);
    expect(bad.body.error.fields[0].message).toMatch(/^Regel 3/);
    expect(await ctx.db.selectFrom('kpi_value').select('id').where('kpi_id', '=', k.id).execute()).toHaveLength(0);
    const good = await client.upload(`${url}/kpi-values/import`, {
      name: 'v.csv',
      content: 'code;period;value;note\nabsent;2026-01;5,5;\nABSENT;2026-02;9,5;Griepgolf\n',
    });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.imported).toBe(2);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Waarden');
    sheet.addRow(['code', 'period', 'value', 'note']);
    sheet.addRow(['ABSENT', '2026-03', 4.25, '']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const imported = await client.upload(`${url}/kpi-values/import`, { name: 'v.xlsx', content: xlsx });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const values = (await client.get(`${url}/kpis/${k.id}`)).body.values;
    expect(
      values.map((v: { period: string; value: number; source: string }) => `${v.period}=${v.value} ${v.source}`),
    ).toEqual(['2026-01=5.5 import', '2026-02=9.5 import', '2026-03=4.25 import']);
  });

  it('the grid answers the KPIs of one frequency over a range of periods', async () => {
    const { client, url } = await director();
    const k = (await client.post(`${url}/kpis`, kpi())).body;
    await client.req('PUT', `${url}/kpi-values`, { values: [{ kpiId: k.id, period: '2026-02', value: 4 }] });
    const grid = await client.get(`${url}/kpi-values?frequency=month&from=2026-01&to=2026-03`);
    expect(grid.body.periods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(grid.body.kpis[0].values['2026-02']).toMatchObject({ value: 4, source: 'manual' });
    expect((await client.get(`${url}/kpi-values?frequency=year`)).body.kpis).toHaveLength(0);
  });
});

describe('computed KPIs and the cockpit', () => {
  it('recomputes a computed KPI when its source data changes and shows the computation', async () => {
    const { client, url } = await director();
    await client.post(`${url}/kpis/starter-set`);
    const before = await client.get(`${url}/cockpit`);
    expect(before.status).toBe(200);
    const tile = (c: typeof before, code: string) =>
      c.body.perspectives.flatMap((p: { tiles: unknown[] }) => p.tiles).find((t: { code: string }) => t.code === code);
    expect(tile(before, 'PERSONNEL_COST_RATIO').latest).toBeNull();
    expect(tile(before, 'WAITING_COUNT').latest).toBeNull();

    const year = thisYear() - 1;
    expect(
      (
        await client.upload(
          `${url}/finance/ledger/import`,
          { name: 'g.csv', content: sampleLedgerCsv(year) },
          { year: String(year) },
        )
      ).status,
    ).toBe(200);
    for (const reference of ['W1', 'W2', 'W3']) {
      expect(
        (
          await client.post(`${url}/waiting-list`, {
            reference,
            priorityGroup: 2,
            requestedOn: `${year}-06-01`,
            needs: [{ function: 'dagondersteuning', unitsPerWeek: 2 }],
          })
        ).status,
      ).toBe(200);
    }
    const after = await client.get(`${url}/cockpit`);
    const ratio = tile(after, 'PERSONNEL_COST_RATIO');
    expect(ratio.latest).toMatchObject({ period: String(year), source: 'computed' });
    expect(ratio.latest.value).toBeCloseTo((515_000 / 617_000) * 100, 2);
    expect(tile(after, 'WAITING_COUNT').latest.value).toBe(3);

    const detail = await client.get(`${url}/kpis/${ratio.id}`);
    const computation = detail.body.values[0].computation;
    expect(computation.formula.nl).toMatch(/Personeelskosten/);
    expect(computation.sources).toEqual(['finance']);
    expect(computation.inputs.map((i: { value: number }) => i.value)).toEqual(
      expect.arrayContaining([515_000, 617_000]),
    );
    expect(computation.computedAt).toBeTruthy();

    // A second ledger version changes the value.
    const csv = sampleLedgerCsv(year).replace('240.000,00', '340.000,00');
    expect(
      (
        await client.upload(
          `${url}/finance/ledger/import`,
          { name: 'g2.csv', content: csv },
          { year: String(year), replace: 'true' },
        )
      ).status,
    ).toBe(200);
    const again = tile(await client.get(`${url}/cockpit`), 'PERSONNEL_COST_RATIO');
    expect(again.latest.value).toBeCloseTo((615_000 / 717_000) * 100, 2);
    // A computed value takes no typed value.
    const typed = await client.req('PUT', `${url}/kpi-values`, {
      values: [{ kpiId: ratio.id, period: String(year), value: 50 }],
    });
    expect(typed.status).toBe(422);
  });

  it('flags a red value without a note and a red KPI without an open improvement action', async () => {
    const { client, url, org } = await director();
    const k = (await client.post(`${url}/kpis`, kpi())).body;
    await client.post(`${url}/kpis/${k.id}/targets`, { validFrom: '2020-01-01', target: 6, redThreshold: 9 });
    await client.req('PUT', `${url}/kpi-values`, {
      values: [
        { kpiId: k.id, period: '2026-01', value: 5 },
        { kpiId: k.id, period: '2026-02', value: 12, note: 'Griepgolf.' },
      ],
    });
    let t = (await client.get(`${url}/cockpit`)).body.perspectives.find(
      (p: { perspective: string }) => p.perspective === 'learning',
    ).tiles[0];
    expect(t.latest).toMatchObject({
      period: '2026-02',
      value: 12,
      light: 'red',
      target: 6,
      redThreshold: 9,
      note: 'Griepgolf.',
    });
    expect(t.sparkline.map((p: { light: string }) => p.light)).toEqual(['green', 'red']);
    expect(t).toMatchObject({ redWithoutAction: true, noteMissing: false, openActions: 0 });

    // A computed-like situation: a red value stored without a note (e.g. a target added later) is flagged.
    await client.post(`${url}/kpis/${k.id}/targets`, { validFrom: '2026-01-01', target: 4, redThreshold: 4.5 });
    t = (await client.get(`${url}/cockpit`)).body.perspectives.find(
      (p: { perspective: string }) => p.perspective === 'learning',
    ).tiles[0];
    expect(t.sparkline[0]).toMatchObject({ light: 'red', noteMissing: true });
    expect(t.noteMissing).toBe(true);

    const action = await ctx.db
      .insertInto('perf_action')
      .values({
        org_id: org.id,
        title: 'Verzuimbeleid herzien',
        status: 'do',
        due_date: '2026-06-30',
        owner_id: null,
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db.insertInto('perf_action_kpi').values({ org_id: org.id, action_id: action.id, kpi_id: k.id }).execute();
    const cockpit = (await client.get(`${url}/cockpit`)).body;
    t = cockpit.perspectives.find((p: { perspective: string }) => p.perspective === 'learning').tiles[0];
    expect(t).toMatchObject({ redWithoutAction: false, openActions: 1 });
    expect(cockpit.summary).toMatchObject({ total: 1, red: 1, redWithoutAction: 0, noteMissing: 1 });
    const detail = (await client.get(`${url}/kpis/${k.id}`)).body;
    expect(detail.actions).toEqual([
      expect.objectContaining({ id: action.id, title: 'Verzuimbeleid herzien', status: 'do', dueDate: '2026-06-30' }),
    ]);
    const board = (await client.get(`${url}/board`)).body;
    expect(board.reds).toEqual([
      expect.objectContaining({
        code: 'ABSENT',
        note: 'Griepgolf.',
        actions: [expect.objectContaining({ title: 'Verzuimbeleid herzien' })],
      }),
    ]);
    await ctx.db.updateTable('perf_action').set({ status: 'done' }).where('id', '=', action.id).execute();
    t = (await client.get(`${url}/cockpit`)).body.perspectives.find(
      (p: { perspective: string }) => p.perspective === 'learning',
    ).tiles[0];
    expect(t.redWithoutAction).toBe(true);
  });

  it('the board reads, never writes: bestuur sees cockpit and board but cannot save; a begeleider sees neither', async () => {
    const board = await orgWithMember(ctx, 'bestuur');
    const url = base(board.org.id);
    expect((await board.client.get(`${url}/cockpit`)).status).toBe(200);
    expect((await board.client.get(`${url}/board`)).status).toBe(200);
    expect((await board.client.post(`${url}/kpis`, kpi())).status).toBe(403);
    expect(
      (
        await board.client.req('PUT', `${url}/kpi-values`, {
          values: [{ kpiId: '00000000-0000-4000-8000-000000000000', period: '2026', value: 1 }],
        })
      ).status,
    ).toBe(403);
    const carer = await orgWithMember(ctx, 'begeleider');
    expect((await carer.client.get(`${base(carer.org.id)}/cockpit`)).status).toBe(403);
  });
});

describe('CLI', () => {
  it('kpi:import applies the same rules (all or nothing) and kpi:values lists values with lights', async () => {
    const { KPI_COMMANDS } = await import('../../cli/kpi-commands.ts');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { client, url, org } = await director();
    const k = (await client.post(`${url}/kpis`, kpi())).body;
    await client.post(`${url}/kpis/${k.id}/targets`, { validFrom: '2020-01-01', target: 6, redThreshold: 9 });
    const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'code;period;value;note\nABSENT;2026-01;5;\nABSENT;2026-02;12 %;\n');
    await expect(KPI_COMMANDS['kpi:import']!.run(ctx.db, { org: org.id, file: bad })).rejects.toMatchObject({
      status: 422,
      fields: [expect.objectContaining({ path: 'line 3.value' })],
    });
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'code;period;value;note\nABSENT;2026-01;5;\nABSENT;2026-02;9,5;Griepgolf\n');
    expect((await KPI_COMMANDS['kpi:import']!.run(ctx.db, { org: org.id, file: good })).data).toEqual({ imported: 2 });
    const listed = await KPI_COMMANDS['kpi:values']!.run(ctx.db, { org: org.id, from: '2026-01', to: '2026-02' });
    expect((listed.data as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ code: 'ABSENT', period: '2026-01', value: 5, light: 'green' }),
      expect.objectContaining({ code: 'ABSENT', period: '2026-02', value: 9.5, light: 'red', note: 'Griepgolf' }),
    ]);
  });
});
