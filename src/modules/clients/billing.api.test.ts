import { describe, expect, it } from 'vitest';
import { testAppForFile } from '../../server/testing.ts';
import { clientsApi, directorWithOffer, voucherClient } from './testing.ts';

const ctx = testAppForFile();

const director = () => directorWithOffer(ctx);

describe('billing at the price agreed in the IDO', () => {
  it('values registrations, consumption, the statement and its correction at the agreed price, over a price change mid-month', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    // The offer: day support 0.0800, 0.0900 from 16 March.
    const offer = await api.putFunction('dagbesteding', {
      name: 'Dagbesteding',
      unit: 'day',
      kind: 'pvf',
      prices: [
        { validFrom: '2020-01-01', validTo: '2025-03-15', points: '0.0800' },
        { validFrom: '2025-03-16', points: '0.0900' },
      ],
    });
    expect(offer.status).toBe(200);
    const id = await voucherClient(client, org.id, '2025-01-01');
    // The IDO: 0.1000 until 15 March, 0.1200 from 16 March (the second line is agreed after some days were registered).
    const first = await api.addAgreement(id, {
      functionCode: 'dagbesteding',
      count: 2,
      per: 'week',
      pricePoints: '0.1000',
      startDate: '2025-01-01',
      endDate: '2025-03-15',
    });
    expect(first.status).toBe(200);
    const week = (start: string, dates: string[], extra: { units?: number; reason?: string } = {}) =>
      api.saveWeek(
        start,
        dates.map((date) => ({ clientId: id, functionCode: 'dagbesteding', date, units: 1, ...extra })),
      );
    expect((await week('2025-03-10', ['2025-03-10', '2025-03-11', '2025-03-12'])).status).toBe(200);
    expect((await week('2025-03-17', ['2025-03-17', '2025-03-18'])).status).toBe(200);
    const early = await ctx.db
      .selectFrom('cl_registration')
      .select(['date', 'points_e4', 'price_e4', 'price_source'])
      .where('client_id', '=', id)
      .orderBy('date')
      .execute();
    // Three days at the agreed 0.1000 (not the offer's 0.0800); without an agreement on 17-18 March: the offer's 0.0900.
    expect(early.map((r) => [r.date, Number(r.points_e4), Number(r.price_e4), r.price_source])).toEqual([
      ['2025-03-10', 1_000, 1_000, 'agreement'],
      ['2025-03-11', 1_000, 1_000, 'agreement'],
      ['2025-03-12', 1_000, 1_000, 'agreement'],
      ['2025-03-17', 900, 900, 'offer'],
      ['2025-03-18', 900, 900, 'offer'],
    ]);
    const second = await api.addAgreement(id, {
      functionCode: 'dagbesteding',
      count: 2,
      per: 'week',
      pricePoints: '0.1200',
      startDate: '2025-03-16',
      endDate: '2025-12-31',
    });
    expect(second.status).toBe(200);

    const usage = await api.consumption({ year: 2025, asOf: '2025-03-31' });
    expect(usage.body.items.find((r) => r.clientId === id)!.delivered).toBe('0.5400');

    const draft = await api.statement('2025-03');
    const line = draft.body.statement.careLines.find((l) => l.clientId === id)!;
    // 0.3000 + 0.2400 points at €980 a point: €294.00 + €235.20; 25.35% organisation points on top (voucher).
    expect(line).toMatchObject({
      units: 5,
      pointsE4: 5_400,
      cents: 52_920,
      organisationE4: 1_369,
      totalCents: 52_920 + 13_416,
    });
    expect(line.prices).toEqual([
      { priceE4: 1_000, source: 'agreement', units: 3, pointsE4: 3_000 },
      { priceE4: 1_200, source: 'agreement', units: 2, pointsE4: 2_400 },
    ]);
    const issued = await api.issue('2025-03');
    expect(issued.status).toBe(200);
    const csv = await api.statementFile(issued.body.id!, 'csv');
    expect(csv.body).toContain('0,1000 (IDO) × 3; 0,1200 (IDO) × 2');

    // A day at the new price was not delivered: the correction on April's statement is at 0.1200.
    expect((await week('2025-03-17', ['2025-03-18'], { units: 0, reason: 'Afwezig' })).status).toBe(200);
    const april = await api.statement('2025-04');
    expect(april.body.statement.corrections).toEqual([
      expect.objectContaining({
        month: '2025-03',
        clientId: id,
        units: -1,
        pointsE4: -1_200,
        cents: -11_760,
        prices: [{ priceE4: 1_200, source: 'agreement', units: -1, pointsE4: -1_200 }],
      }),
    ]);
  });

  it('values the days of a removed agreement line at the offer price again, and an offer change only where nothing is agreed', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    const id = await voucherClient(client, org.id, '2025-01-01');
    const agreed = await api.addAgreement(id, {
      functionCode: 'dagondersteuning',
      count: 1,
      per: 'week',
      pricePoints: '0.3000',
      startDate: '2025-04-01',
      endDate: '2025-04-30',
    });
    await api.saveWeek(
      '2025-03-31',
      ['2025-03-31', '2025-04-01'].map((date) => ({ clientId: id, functionCode: 'dagondersteuning', date, units: 1 })),
    );
    const points = async () =>
      (
        await ctx.db
          .selectFrom('cl_registration')
          .select(['points_e4'])
          .where('client_id', '=', id)
          .orderBy('date')
          .execute()
      ).map((r) => Number(r.points_e4));
    expect(await points()).toEqual([2_100, 3_000]);
    await api.putFunction('dagondersteuning', {
      name: 'Dagondersteuning',
      unit: 'day',
      kind: 'pvf',
      prices: [{ validFrom: '2020-01-01', points: '0.2200' }],
    });
    expect(await points()).toEqual([2_200, 3_000]);
    await api.removeAgreement(id, agreed.body.agreements[0]!.id);
    expect(await points()).toEqual([2_200, 2_200]);
  });
});

describe('the income forecast values agreed support as the statement does', () => {
  it('gives, for planned = agreed units, a first month equal to the draft statement of those units (voucher and cash clients)', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    const voucher = await voucherClient(client, org.id, '2025-01-01', 'Voucher Cliënt');
    await api.addAgreement(voucher, {
      functionCode: 'dagondersteuning',
      count: 4,
      per: 'month',
      pricePoints: '0.1000',
      startDate: '2025-01-01',
    });
    const cash = await api.addBudgetClient('Cash Cliënt', 1980, {
      category: 5,
      form: 'cash',
      madeAvailableOn: '2025-01-01',
      startDate: '2025-01-01',
    });
    await api.addAgreement(cash.id, {
      functionCode: 'woonondersteuning',
      count: 3,
      per: 'month',
      startDate: '2025-01-01',
    });
    const days = ['2025-05-05', '2025-05-06', '2025-05-07', '2025-05-08'];
    await api.saveWeek('2025-05-05', [
      ...days.map((date) => ({ clientId: voucher, functionCode: 'dagondersteuning', date, units: 1 })),
      ...days.slice(0, 3).map((date) => ({ clientId: cash.id, functionCode: 'woonondersteuning', date, units: 1 })),
    ]);
    const statement = await api.statement('2025-05');
    expect(statement.body.statement.livingLines).toEqual([]);
    expect(statement.body.statement.totalsByFunding.voucher.organisationE4).toBeGreaterThan(0);
    const forecast = await api.forecast({
      runs: 100,
      seed: 1,
      startMonth: '2025-05',
      leaveProbability: 0,
      inflowPerMonth: 0,
      costPerFteCents: 6000000,
    });
    expect(forecast.status).toBe(200);
    // 0.4000 × €980 = €392.00 + 0.1014 organisation points (€99.37); 3 × 0.2500 = 0.7500 × €980 = €735.00.
    expect(statement.body.statement.totalCents).toBe(39_200 + 9_937 + 73_500);
    expect(forecast.body.months[0]!.agreementCents).toBe(statement.body.statement.totalCents);
    expect(forecast.body.months[0]!.incomeP50).toBe(statement.body.statement.totalCents);
  });
});

describe('rules of DOMAIN.md §3 applied where a user needs them', () => {
  it('dates the fall-back to priority group 3 of a budget not started in 4 months, on the client and on the waiting list', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    const late = await api.addBudgetClient('Te Laat', 1990, {
      category: 6,
      form: 'voucher',
      madeAvailableOn: '2024-10-31',
    });
    expect(late.funded.body.funding[0]!.startRule).toMatchObject({
      status: 'passed',
      deadline: '2025-02-28',
      fallbackOn: '2025-03-01',
      fellBack: true,
    });
    const future = await api.addBudgetClient('Nog Tijd', 1991, {
      category: 4,
      form: 'cash',
      madeAvailableOn: '2099-01-15',
    });
    await api.addBudgetClient('Gestart', 1992, {
      category: 4,
      form: 'cash',
      madeAvailableOn: '2024-01-15',
      startDate: '2024-03-01',
    });
    const list = await api.waitingList();
    expect(list.status).toBe(200);
    expect(list.body.budgetStarts).toEqual([
      expect.objectContaining({
        clientId: late.id,
        clientName: 'Te Laat',
        category: 6,
        madeAvailableOn: '2024-10-31',
        deadline: '2025-02-28',
        fallbackOn: '2025-03-01',
        status: 'passed',
        fellBack: true,
        priorityGroup: 3,
      }),
      expect.objectContaining({
        clientId: future.id,
        deadline: '2099-05-15',
        status: 'ok',
        fellBack: false,
        priorityGroup: null,
      }),
    ]);
    expect(list.body.summary.fellBack).toBe(1);
  });

  it('shows the cash free-to-spend part and the zorgbudget in the client’s funding and income', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    // Open-ended since 2020, so this year is a whole year whatever today is: cash in category 8
    // (39.38 points, at least BC7: the high free-to-spend part) and a zorgbudget.
    const created = await api.addBudgetClient('Cash en Zorgbudget', 1985, {
      category: 8,
      form: 'cash',
      madeAvailableOn: '2019-12-01',
      startDate: '2020-01-01',
    });
    const detail = await api.addFunding(created.id, {
      kind: 'zorgbudget',
      startDate: '2020-01-01',
    });
    const cash = detail.body.funding.find((f) => f.kind === 'pvb')!;
    const zorg = detail.body.funding.find((f) => f.kind === 'zorgbudget')!;
    expect(cash.incomeThisYear).toMatchObject({
      cashPoints: '39.3800',
      cashCents: 3_859_240,
      freeToSpendCents: 360_000,
      zorgbudgetCents: 0,
    });
    expect(zorg.incomeThisYear).toMatchObject({ cashCents: 0, freeToSpendCents: 0, zorgbudgetCents: 12 * 30_000 });
    expect(detail.body.income).toEqual({
      year: expect.any(Number),
      cashPoints: '39.3800',
      cashCents: 3_859_240,
      freeToSpendCents: 360_000,
      zorgbudgetCents: 360_000,
    });
  });

  it('converts an old-scheme category to the new one when it is entered', async () => {
    const { client, org } = await director();
    const api = clientsApi(client, org.id);
    const created = await api.addBudgetClient('Oude Categorie', 1970, {
      oldCategory: 'iii',
      form: 'voucher',
      madeAvailableOn: '2022-01-01',
      startDate: '2022-01-01',
    });
    expect(created.funded.status).toBe(200);
    expect(created.funded.body.funding[0]).toMatchObject({ category: 4, oldCategory: 'III' });
    const mismatch = await api.addFunding(created.id, {
      kind: 'pvb',
      category: 5,
      oldCategory: 'III',
      form: 'voucher',
      madeAvailableOn: '2022-01-01',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error!.fields![0]).toMatchObject({ path: 'category' });
    expect(mismatch.body.error!.message).toContain('categorie 4');
    const unknown = await api.addFunding(created.id, {
      kind: 'pvb',
      oldCategory: 'XIII',
      form: 'voucher',
      madeAvailableOn: '2022-01-01',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error!.fields![0]!.path).toBe('oldCategory');
  });
});
