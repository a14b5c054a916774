import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../server/migrate.ts';
import { answer, testAppForFile } from '../../server/testing.ts';
import { directorOf, kpiRow } from '../performance/testing.ts';
import { registerComplaint } from './testing.ts';

const ctx = testAppForFile();

describe('the complaints migration', () => {
  it('makes the typed "Klachten" KPI computed and keeps its typed values from before the register', async () => {
    const d = await directorOf(ctx);
    await answer(d.api.POST('/orgs/{orgId}/kpis/starter-set', d.at()));
    // As an organisation had it before: the KPI typed by hand, with a typed history.
    await migrateTo(ctx.db, '20261202T1100_competences');
    const kpi = await kpiRow(ctx.db, d.orgId, 'COMPLAINTS');
    expect(kpi).toMatchObject({ source: 'manual', formula: null });
    await ctx.db
      .insertInto('kpi_value')
      .values(
        ['2024-Q1', '2024-Q2'].map((period, i) => ({
          org_id: d.orgId,
          kpi_id: kpi.id,
          period,
          value: 3 + i,
          source: 'manual' as const,
        })),
      )
      .execute();
    await migrateToLatest(ctx.db);

    const after = await ctx.db
      .selectFrom('kpi')
      .select(['source', 'formula'])
      .where('id', '=', kpi.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ source: 'computed', formula: 'complaints_count' });
    const tile = async () => {
      const c = await answer(d.api.GET('/orgs/{orgId}/cockpit', d.at()));
      return c.body.perspectives.flatMap((p) => p.tiles).find((t) => t.code === 'COMPLAINTS')!;
    };
    expect((await tile()).latest).toMatchObject({ period: '2024-Q2', value: 4, source: 'manual' });
    await registerComplaint(d.client, d.orgId, { receivedOn: '2025-02-10' });
    const computed = await tile();
    expect(computed.latest).toMatchObject({ source: 'computed' });
    const values = await ctx.db
      .selectFrom('kpi_value')
      .select(['period', 'value', 'source'])
      .where('kpi_id', '=', kpi.id)
      .orderBy('period')
      .execute();
    expect(values.slice(0, 3).map((v) => [v.period, Number(v.value), v.source])).toEqual([
      ['2024-Q1', 3, 'manual'],
      ['2024-Q2', 4, 'manual'],
      ['2025-Q1', 1, 'computed'],
    ]);
  });
});
