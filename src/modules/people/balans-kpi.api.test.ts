/** The starter-set KPIs STAFF_TURNOVER, TRAINING_HOURS and ABSENTEEISM computed from the people module's figures. */
import { describe, expect, it } from 'vitest';
import { thisYear } from '../../lib/calendar.ts';
import { answer, testAppForFile } from '../../server/testing.ts';
import { directorOf } from '../performance/testing.ts';
import { insertPeopleData, shiftedSample } from './balans-fixture.ts';
import { absenteeismByMonth } from './kpi-source.ts';

const ctx = testAppForFile();

describe('people KPIs', () => {
  it('computes staff turnover and training hours per FTE of last year, with formula and inputs', async () => {
    const { api, at, orgId } = await directorOf(ctx);
    await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()));
    const tile = async (code: string) =>
      (await answer(api.GET('/orgs/{orgId}/cockpit', at()))).body.perspectives
        .flatMap((p) => p.tiles)
        .find((t) => t.code === code)!;
    expect((await tile('STAFF_TURNOVER')).latest).toBeNull();
    const year = thisYear() - 1;
    await insertPeopleData(ctx.db, orgId, shiftedSample(year - 2025));
    const turnover = await tile('STAFF_TURNOVER');
    expect(turnover.latest).toMatchObject({ period: String(year), source: 'computed', value: 50 });
    const training = await tile('TRAINING_HOURS');
    expect(training.latest).toMatchObject({ period: String(year), source: 'computed', value: 6.55 });
  });

  it('computes absenteeism per month, short and long, from the sick days and the days to be worked', async () => {
    const { api, at, orgId } = await directorOf(ctx);
    await answer(api.POST('/orgs/{orgId}/kpis/starter-set', at()));
    const year = thisYear() - 1;
    await insertPeopleData(ctx.db, orgId, shiftedSample(year - 2025));
    const months = new Map((await absenteeismByMonth(ctx.db, orgId, year)).map((m) => [m.month.slice(5), m]));
    // The sample: a short spell of five weekdays in February, a long one from 1 September to 15 October.
    expect(months.get('02')).toMatchObject({ shortDays: 5, longDays: 0 });
    expect(months.get('02')!.short).toBeGreaterThan(0);
    expect(months.get('09')).toMatchObject({ shortDays: 0, short: 0 });
    expect(months.get('09')!.longDays).toBeGreaterThanOrEqual(21);
    expect(months.get('11')).toMatchObject({ shortDays: 0, longDays: 0, total: 0 });
    const tile = (await answer(api.GET('/orgs/{orgId}/cockpit', at()))).body.perspectives
      .flatMap((p) => p.tiles)
      .find((t) => t.code === 'ABSENTEEISM')!;
    expect(tile.source).toBe('computed');
    // Every month up to last month has days to be worked (two open-ended contracts) and no sickness.
    expect(tile.latest).toMatchObject({ source: 'computed', value: 0 });
    expect(tile.sparkline.length).toBeGreaterThanOrEqual(12);
  });
});
