/** The whole demo organisation (every module's tables) survives export and import as a new organisation. */
import { describe, expect, it } from 'vitest';
import { createDemo } from '../../demo/generate.ts';
import { testAppForFile } from '../../server/testing.ts';
import { strategyMap } from '../performance/testing.ts';
import { exportOrganisation, importOrganisation } from './queries.ts';
import { EXPORT_TABLES } from './registry.ts';

const ctx = testAppForFile();

describe('demo organisation export and import', () => {
  it('copies every table with the same number of rows, and the copy’s strategy map points to its own KPIs', async () => {
    const demo = await createDemo(ctx.db, { seed: 31, now: new Date('2026-11-23T09:00:00Z') });
    const file = await exportOrganisation(ctx.db, demo.orgId);
    for (const table of [
      'kpi',
      'kpi_value',
      'caf_consensus',
      'survey_response',
      'survey_token',
      'perf_objective',
      'perf_action',
      'perf_strategy_history',
      'perf_objective_action',
      'st_swot',
      'st_swot_item',
      'st_swot_strategy',
      'st_swot_strategy_objective',
      'st_stakeholder',
      'st_link',
      'hb_document',
      'hb_version',
      'hb_link',
      'hb_read',
      'pa_assessment',
      'pa_assessment_version',
      'pa_project',
      'pa_project_objective',
      'gov_decision',
      'jc_task',
      'jc_proposal',
      'jc_candidate',
    ]) {
      expect(file.tables[table]?.length, table).toBeGreaterThan(0);
    }
    const result = await importOrganisation(ctx.db, file, { name: 'Kopie van de demo' });
    const copy = await exportOrganisation(ctx.db, result.orgId);
    const counts = (f: typeof file) =>
      Object.fromEntries(EXPORT_TABLES.map(({ table }) => [table, f.tables[table]?.length ?? 0]));
    expect(counts(copy)).toEqual(counts(file));
    const map = await strategyMap(ctx.db, result.orgId);
    const own = new Set(map.kpis.map((k) => k.id));
    expect(map.objectives.flatMap((o) => o.kpiIds).every((id) => own.has(id))).toBe(true);
    // The handbook's links follow too: to the copy's own KPIs.
    const links = await ctx.db.selectFrom('hb_link').select('kpi_id').where('org_id', '=', result.orgId).execute();
    const kpiLinks = links.map((l) => l.kpi_id).filter((id) => id !== null);
    expect(kpiLinks.length).toBeGreaterThan(0);
    const kpis = await ctx.db.selectFrom('kpi').select('id').where('org_id', '=', result.orgId).execute();
    const ownKpis = new Set(kpis.map((k) => k.id));
    expect(kpiLinks.every((id) => ownKpis.has(id))).toBe(true);
  });
});
