/** The starter-set KPIs STAFF_TURNOVER and TRAINING_HOURS computed from the people module's HR figures. */
import { describe, expect, it } from 'vitest';
import { thisYear } from '../../lib/calendar.ts';
import { answer, testAppForFile } from '../../server/testing.ts';
import { directorOf } from '../performance/testing.ts';
import { insertPeopleData, shiftedSample } from './balans-fixture.ts';

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
});
