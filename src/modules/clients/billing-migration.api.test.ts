import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../server/migrate.ts';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { clientsApi, sampleOffer, voucherClient } from './testing.ts';

const ctx = testAppForFile();

describe('the billing migration', () => {
  it('values registrations stored at the offer price again at the agreed price, as the application does', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(client, org.id);
    const id = await voucherClient(client, org.id, '2025-01-01');
    const api = clientsApi(client, org.id);
    await api.addAgreement(id, {
      functionCode: 'dagondersteuning',
      count: 1,
      per: 'week',
      pricePoints: '0.1000',
      startDate: '2025-03-01',
      endDate: '2025-03-31',
    });
    const cells = [
      { clientId: id, functionCode: 'dagondersteuning', date: '2025-02-28', units: 1 }, // before the agreement: offer price
      { clientId: id, functionCode: 'dagondersteuning', date: '2025-03-03', units: 1.5 },
    ];
    expect((await api.saveWeek('2025-02-24', cells.slice(0, 1))).status).toBe(200);
    expect((await api.saveWeek('2025-03-03', cells.slice(1))).status).toBe(200);
    const read = () =>
      ctx.db
        .selectFrom('cl_registration')
        .select(['date', 'points_e4', 'price_e4', 'price_source'])
        .where('org_id', '=', org.id)
        .orderBy('date')
        .execute();
    const byApp = await read();
    expect(byApp.map((r) => [r.date, Number(r.points_e4), Number(r.price_e4), r.price_source])).toEqual([
      ['2025-02-28', 2_100, 2_100, 'offer'],
      ['2025-03-03', 1_500, 1_000, 'agreement'],
    ]);
    // As stored before: without price columns, every day at the offer's 0.2100 (the migrations after it undone too).
    await migrateTo(ctx.db, '20261201T0900_privacy');
    await ctx.db.updateTable('cl_registration').set({ points_e4: 2_100 }).where('org_id', '=', org.id).execute();
    await migrateToLatest(ctx.db);
    expect(await read()).toEqual(byApp);
  });
});
