import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { answer, orgWithMember, testApp } from '../../server/testing.ts';
import { sampleLedgerCsv } from '../finance/testing.ts';
import { thisYear } from '../../lib/calendar.ts';
import type { kpiInput } from './schema.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

const base = (orgId: string) => `/api/orgs/${orgId}`;
const kpi = (over: Partial<z.input<typeof kpiInput>> = {}): z.input<typeof kpiInput> => ({
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
  const orgId = o.org.id;
  const api = o.client.api;
  /** Path parameters of a route under the organisation (plus the KPI, target or period of the route). */
  const at = <T extends object>(more?: T) => ({ params: { path: { orgId, ...(more ?? ({} as T)) } } });
  return { ...o, url: base(orgId), orgId, api, at };
}
const fieldPaths = (b: { error?: { fields?: { path: string }[] } }) => b.error!.fields!.map((f) => f.path);

describe('KPI catalogue', () => {
  it('adds, changes, archives and removes a KPI, audited; refuses a taken code and a stranger as owner', async () => {
    const { api, at, member, org } = await director();
    const created = await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi({ ownerId: member.userId }) }));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      code: 'ABSENT',
      unit: 'percent',
      direction: 'down',
      perspective: 'learning',
      cafCriterion: 7,
      source: 'manual',
    });
    expect((await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).status).toBe(409);
    const stranger = await orgWithMember(ctx, 'directie');
    const bad = await answer(
      api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi({ code: 'X2', ownerId: stranger.member.userId }) }),
    );
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
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', org.id)
      .where('action', 'like', 'kpi.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['kpi.created', 'kpi.updated']));
    expect((await answer(api.DELETE('/orgs/{orgId}/kpis/{kpiId}', kpiAt))).status).toBe(200);
    expect((await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', kpiAt))).status).toBe(404);
  });

  it('a computed KPI needs a known formula of its own frequency', async () => {
    const { api, at } = await director();
    const noFormula = await answer(
      api.POST('/orgs/{orgId}/kpis', {
        ...at(),
        body: kpi({ code: 'OCC', source: 'computed', unit: 'percent', direction: 'up', frequency: 'month' }),
      }),
    );
    expect(noFormula.status).toBe(422);
    expect(fieldPaths(noFormula.body)[0]).toBe('formula');
    const wrongFrequency = await answer(
      api.POST('/orgs/{orgId}/kpis', {
        ...at(),
        body: kpi({ code: 'OCC', source: 'computed', formula: 'occupancy', frequency: 'year', direction: 'up' }),
      }),
    );
    expect(wrongFrequency.status).toBe(422);
    expect(fieldPaths(wrongFrequency.body)[0]).toBe('frequency');
    const computed = kpi({
      code: 'OCC',
      source: 'computed',
      formula: 'occupancy',
      frequency: 'month',
      direction: 'up',
      valueMax: 200,
    });
    expect((await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: computed }))).status).toBe(200);
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
    const { api, at } = await director();
    const k = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
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
    const { api, at } = await director();
    const pct = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
    const count = (
      await answer(
        api.POST('/orgs/{orgId}/kpis', {
          ...at(),
          body: kpi({ code: 'INCIDENTS', unit: 'count', decimals: 0, perspective: 'processes' }),
        }),
      )
    ).body;
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
    expect(bad.body.error!.fields![5]!.message).toMatch(/toelichting is verplicht/);
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
    const { client, api, at, url } = await director();
    const k = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
    await answer(
      api.POST('/orgs/{orgId}/kpis/{kpiId}/targets', {
        ...at({ kpiId: k.id }),
        body: { validFrom: '2020-01-01', target: 6, redThreshold: 9 },
      }),
    );
    // Uploads go through the browser-like multipart helper (the typed client sends JSON).
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
    const values = (await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: k.id })))).body.values;
    expect(values.map((v) => `${v.period}=${v.value} ${v.source}`)).toEqual([
      '2026-01=5.5 import',
      '2026-02=9.5 import',
      '2026-03=4.25 import',
    ]);
  });

  it('the grid answers the KPIs of one frequency over a range of periods', async () => {
    const { api, at, orgId } = await director();
    const k = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
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

describe('computed KPIs and the cockpit', () => {
  it('recomputes a computed KPI when its source data changes and shows the computation', async () => {
    const { client, api, at, url } = await director();
    await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()));
    const cockpit = () => answer(api.GET('/orgs/{orgId}/cockpit', at()));
    const before = await cockpit();
    expect(before.status).toBe(200);
    const tile = (c: typeof before, code: string) =>
      c.body.perspectives.flatMap((p) => p.tiles).find((t) => t.code === code)!;
    expect(tile(before, 'PERSONNEL_COST_RATIO').latest).toBeNull();
    expect(tile(before, 'WAITING_COUNT').latest).toBeNull();

    // Finance and clients are other modules: their routes are called as they are.
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
    const after = await cockpit();
    const ratio = tile(after, 'PERSONNEL_COST_RATIO');
    expect(ratio.latest).toMatchObject({ period: String(year), source: 'computed' });
    expect(ratio.latest!.value).toBeCloseTo((515_000 / 617_000) * 100, 2);
    expect(tile(after, 'WAITING_COUNT').latest!.value).toBe(3);

    const detail = await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: ratio.id })));
    const computation = detail.body.values[0]!.computation!;
    expect(computation.formula.nl).toMatch(/Personeelskosten/);
    expect(computation.sources).toEqual(['finance']);
    expect(computation.inputs.map((i) => i.value)).toEqual(expect.arrayContaining([515_000, 617_000]));
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
    const again = tile(await cockpit(), 'PERSONNEL_COST_RATIO');
    expect(again.latest!.value).toBeCloseTo((615_000 / 717_000) * 100, 2);
    // A computed value takes no typed value.
    const typed = await answer(
      api.PUT('/orgs/{orgId}/kpi-values', {
        ...at(),
        body: { values: [{ kpiId: ratio.id, period: String(year), value: 50 }] },
      }),
    );
    expect(typed.status).toBe(422);
  });

  it('flags a red value without a note and a red KPI without an open improvement action', async () => {
    const { api, at, org } = await director();
    const k = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
    const addTarget = (target: number, redThreshold: number, validFrom: string) =>
      answer(
        api.POST('/orgs/{orgId}/kpis/{kpiId}/targets', {
          ...at({ kpiId: k.id }),
          body: { validFrom, target, redThreshold },
        }),
      );
    await addTarget(6, 9, '2020-01-01');
    await answer(
      api.PUT('/orgs/{orgId}/kpi-values', {
        ...at(),
        body: {
          values: [
            { kpiId: k.id, period: '2026-01', value: 5 },
            { kpiId: k.id, period: '2026-02', value: 12, note: 'Griepgolf.' },
          ],
        },
      }),
    );
    const learningTile = async () => {
      const cockpit = (await answer(api.GET('/orgs/{orgId}/cockpit', at()))).body;
      return { cockpit, tile: cockpit.perspectives.find((p) => p.perspective === 'learning')!.tiles[0]! };
    };
    let t = (await learningTile()).tile;
    expect(t.latest).toMatchObject({
      period: '2026-02',
      value: 12,
      light: 'red',
      target: 6,
      redThreshold: 9,
      note: 'Griepgolf.',
    });
    expect(t.sparkline.map((p) => p.light)).toEqual(['green', 'red']);
    expect(t).toMatchObject({ redWithoutAction: true, noteMissing: false, openActions: 0 });

    // A computed-like situation: a red value stored without a note (e.g. a target added later) is flagged.
    await addTarget(4, 4.5, '2026-01-01');
    t = (await learningTile()).tile;
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
    const withAction = await learningTile();
    t = withAction.tile;
    expect(t).toMatchObject({ redWithoutAction: false, openActions: 1 });
    expect(withAction.cockpit.summary).toMatchObject({ total: 1, red: 1, redWithoutAction: 0, noteMissing: 1 });
    const detail = (await answer(api.GET('/orgs/{orgId}/kpis/{kpiId}', at({ kpiId: k.id })))).body;
    expect(detail.actions).toEqual([
      expect.objectContaining({ id: action.id, title: 'Verzuimbeleid herzien', status: 'do', dueDate: '2026-06-30' }),
    ]);
    const board = (await answer(api.GET('/orgs/{orgId}/board', at()))).body;
    expect(board.reds).toEqual([
      expect.objectContaining({
        code: 'ABSENT',
        note: 'Griepgolf.',
        actions: [expect.objectContaining({ title: 'Verzuimbeleid herzien' })],
      }),
    ]);
    await ctx.db.updateTable('perf_action').set({ status: 'done' }).where('id', '=', action.id).execute();
    t = (await learningTile()).tile;
    expect(t.redWithoutAction).toBe(true);
  });

  it('the board reads, never writes: bestuur sees cockpit and board but cannot save; a begeleider sees neither', async () => {
    const board = await orgWithMember(ctx, 'bestuur');
    const at = { params: { path: { orgId: board.org.id } } };
    const api = board.client.api;
    expect((await answer(api.GET('/orgs/{orgId}/cockpit', at))).status).toBe(200);
    expect((await answer(api.GET('/orgs/{orgId}/board', at))).status).toBe(200);
    expect((await answer(api.POST('/orgs/{orgId}/kpis', { ...at, body: kpi() }))).status).toBe(403);
    const values = [{ kpiId: '00000000-0000-4000-8000-000000000000', period: '2026', value: 1 }];
    expect((await answer(api.PUT('/orgs/{orgId}/kpi-values', { ...at, body: { values } }))).status).toBe(403);
    const carer = await orgWithMember(ctx, 'begeleider');
    const carerAt = { params: { path: { orgId: carer.org.id } } };
    expect((await answer(carer.client.api.GET('/orgs/{orgId}/cockpit', carerAt))).status).toBe(403);
  });
});

describe('CLI', () => {
  it('kpi:import applies the same rules (all or nothing) and kpi:values lists values with lights', async () => {
    const { KPI_COMMANDS } = await import('../../cli/kpi-commands.ts');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { api, at, org } = await director();
    const k = (await answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: kpi() }))).body;
    await answer(
      api.POST('/orgs/{orgId}/kpis/{kpiId}/targets', {
        ...at({ kpiId: k.id }),
        body: { validFrom: '2020-01-01', target: 6, redThreshold: 9 },
      }),
    );
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
