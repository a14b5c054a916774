/** "Hours freed for care" as a computed KPI: performance reads job-carving's published figure. */
import { describe, expect, it } from 'vitest';
import { thisYear } from '../../lib/calendar.ts';
import { answer, testAppForFile } from '../../server/testing.ts';
import { directorOf } from '../performance/testing.ts';
import { jobCarvingSamples } from './testing.ts';

const ctx = testAppForFile();

describe('job-carving KPI', () => {
  it('shows the hours freed for care by proposals realised by the end of last year, with its inputs', async () => {
    const d = await directorOf(ctx);
    const kpi = await d.addKpi({
      code: 'JC_CARE_HOURS',
      source: 'computed',
      formula: 'hours_freed_for_care',
      frequency: 'year',
      unit: 'hours',
      direction: 'up',
    });
    expect(kpi.status).toBe(200);
    const tile = async () =>
      (await answer(d.api.GET('/orgs/{orgId}/cockpit', d.at()))).body.perspectives
        .flatMap((p) => p.tiles)
        .find((t) => t.code === 'JC_CARE_HOURS')!;
    expect((await tile()).latest).toBeNull();
    // The sample proposal moves 6 h of a nurse's tasks (certified) and 8 h of the kitchen's (not).
    const { proposalId } = await jobCarvingSamples(d.client, d.orgId);
    await ctx.db
      .updateTable('jc_proposal')
      .set({ realised_on: `${thisYear() - 1}-06-01` })
      .where('id', '=', proposalId!)
      .execute();
    expect((await tile()).latest).toMatchObject({ period: String(thisYear() - 1), source: 'computed', value: 6 });
  });
});
