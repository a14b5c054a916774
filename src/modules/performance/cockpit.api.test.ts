/** Computed KPIs, the cockpit, the board view and the KPI commands of the CLI, through the API. */
import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { fileOf, multipart, sampleLedgerCsv } from '../finance/testing.ts';
import { thisYear } from '../../lib/calendar.ts';
import { directorOf, sampleKpi } from './testing.ts';

const ctx = testAppForFile();

const kpi = sampleKpi;
const director = () => directorOf(ctx);

describe('computed KPIs and the cockpit', () => {
  it('recomputes a computed KPI when its source data changes and shows the computation', async () => {
    const { api, at } = await director();
    await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()));
    const cockpit = () => answer(api.GET('/orgs/{orgId}/cockpit', at()));
    const before = await cockpit();
    expect(before.status).toBe(200);
    const tile = (c: typeof before, code: string) =>
      c.body.perspectives.flatMap((p) => p.tiles).find((t) => t.code === code)!;
    expect(tile(before, 'PERSONNEL_COST_RATIO').latest).toBeNull();
    expect(tile(before, 'WAITING_COUNT').latest).toBeNull();

    // Finance and clients are other modules: their data comes in through their own routes.
    const year = thisYear() - 1;
    const importLedger = (name: string, csv: string, replace?: 'true') =>
      answer(
        api.POST('/orgs/{orgId}/finance/ledger/import', {
          ...at(),
          body: { file: fileOf(csv, name), year, replace },
          bodySerializer: multipart,
        }),
      );
    expect((await importLedger('g.csv', sampleLedgerCsv(year))).status).toBe(200);
    for (const reference of ['W1', 'W2', 'W3']) {
      expect(
        (
          await answer(
            api.POST('/orgs/{orgId}/waiting-list', {
              ...at(),
              body: {
                reference,
                priorityGroup: 2,
                requestedOn: `${year}-06-01`,
                needs: [{ function: 'dagondersteuning', unitsPerWeek: 2 }],
              },
            }),
          )
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
    expect((await importLedger('g2.csv', csv, 'true')).status).toBe(200);
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
    const { api, at, org, addKpi } = await director();
    const k = (await addKpi()).body;
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
    const { api, at, org, addKpi } = await director();
    const k = (await addKpi()).body;
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
