import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWithMember, testApp } from '../../server/testing.ts';
import { directorWithOffer, voucherClient } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

const director = () => directorWithOffer(ctx);

describe('rule tables', () => {
  it('are seeded from DOMAIN.md with validity dates, the point value marked as an example', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const { body } = await client.get(`/api/orgs/${org.id}/rules`);
    const categories = body.items.find((r: { table: string }) => r.table === 'budgetCategories');
    expect(categories.validFrom).toBe('2021-03-05');
    expect(categories.data.maxPointsE4[2]).toBe(152_900);
    expect(categories.data.maxPointsE4[23]).toBe(1_032_850);
    expect(
      body.items
        .filter((r: { table: string; example: boolean }) => r.table === 'pointValue')
        .every((r: { example: boolean }) => r.example),
    ).toBe(true);
    expect(body.items.find((r: { table: string }) => r.table === 'rthCap').data).toEqual({
      standardE4: 80_000,
      withVolunteersE4: 70_000,
    });
  });
});

describe('clients, funding and agreements', () => {
  it('refuses an agreement that exceeds the voucher points, showing the arithmetic, then accepts a smaller one', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id);
    const tooMuch = await client.post(`/api/orgs/${org.id}/clients/${id}/agreements`, {
      functionCode: 'dagondersteuning',
      count: 2,
      per: 'week',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.code).toBe('exceeds_budget');
    expect(tooMuch.body.error.message).toMatch(
      /2 dagen per week × 52,14 weken × 0,2100 punten = 21,9000 punten; beschikbaar in voucher: 15,2900 punten; 6,6100 punten te veel\./,
    );
    expect(tooMuch.body.error.details).toMatchObject({
      year: 2025,
      committed: '21.9000',
      available: '15.2900',
      excess: '6.6100',
    });
    const fits = await client.post(`/api/orgs/${org.id}/clients/${id}/agreements`, {
      functionCode: 'dagondersteuning',
      count: 1,
      per: 'week',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    expect(fits.status).toBe(200);
    expect(fits.body.agreements).toHaveLength(1);
    expect(fits.body.agreements[0].pricePoints).toBe('0.2100');
  });

  it('does not check voucher points for a cash budget holder', async () => {
    const { client, org } = await director();
    const created = await client.post(`/api/orgs/${org.id}/clients`, { name: 'Cash Cliënt', birthYear: 1975 });
    await client.post(`/api/orgs/${org.id}/clients/${created.body.id}/funding`, {
      kind: 'pvb',
      category: 3,
      form: 'cash',
      madeAvailableOn: '2025-01-01',
      startDate: '2025-01-01',
    });
    const agreed = await client.post(`/api/orgs/${org.id}/clients/${created.body.id}/agreements`, {
      functionCode: 'dagondersteuning',
      count: 3,
      per: 'week',
      startDate: '2025-01-01',
    });
    expect(agreed.status).toBe(200);
    const removed = await client.delete(
      `/api/orgs/${org.id}/clients/${created.body.id}/agreements/${agreed.body.agreements[0].id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.agreements).toEqual([]);
  });

  it('shows the 4-month start rule and refuses points with more than 4 decimals', async () => {
    const { client, org } = await director();
    const created = await client.post(`/api/orgs/${org.id}/clients`, { name: 'Lien Maes', birthYear: 1990 });
    const detail = await client.post(`/api/orgs/${org.id}/clients/${created.body.id}/funding`, {
      kind: 'pvb',
      category: 8,
      form: 'combination',
      voucherPoints: '20.5',
      madeAvailableOn: '2024-01-10',
    });
    expect(detail.body.funding[0].startRule).toMatchObject({ status: 'passed', deadline: '2024-05-10' });
    const precise = await client.post(`/api/orgs/${org.id}/clients/${created.body.id}/agreements`, {
      functionCode: 'dagondersteuning',
      count: 1,
      per: 'week',
      pricePoints: '0.12345',
      startDate: '2025-01-01',
    });
    expect(precise.status).toBe(400);
    expect(precise.body.error.fields[0].path).toBe('pricePoints');
  });

  it('records reading a client in the audit log, exports and erases it', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id);
    await client.get(`/api/orgs/${org.id}/clients/${id}`);
    const log = await client.get(`/api/orgs/${org.id}/audit?action=client.read`);
    expect(log.body.items[0]).toMatchObject({ entityId: id });
    const data = await client.get(`/api/orgs/${org.id}/clients/${id}/export`);
    expect(data.body.client.name).toBe('Jan Peeters');
    expect((await client.delete(`/api/orgs/${org.id}/clients/${id}`)).status).toBe(204);
    expect((await client.get(`/api/orgs/${org.id}/clients/${id}`)).status).toBe(404);
  });
});

describe('registration', () => {
  it('saves a week, refuses duplicates, zero-or-negative units and dates outside the funding, all at once', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-03-01');
    const week = '2025-03-03';
    const ok = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: week,
      cells: ['2025-03-03', '2025-03-04'].map((date) => ({
        clientId: id,
        functionCode: 'dagondersteuning',
        date,
        units: 1,
      })),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toBe(2);
    const grid = ok.body.grid.clients.find((c: { id: string }) => c.id === id);
    expect(grid.functions[0].registered).toEqual({ '2025-03-03': 1, '2025-03-04': 1 });
    const negative = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: week,
      cells: [{ clientId: id, functionCode: 'dagondersteuning', date: week, units: -1 }],
    });
    expect(negative.status).toBe(400);
    const early = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: '2025-02-24',
      cells: [{ clientId: id, functionCode: 'dagondersteuning', date: '2025-02-25', units: 1 }],
    });
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.body.error.fields)).toMatch(/financiering|funding/i);
    const twice = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: week,
      cells: [1, 2].map(() => ({ clientId: id, functionCode: 'dagondersteuning', date: '2025-03-05', units: 1 })),
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body.error.fields)).toMatch(/al een registratie/);
  });

  it('refuses the RTH registration that would pass the yearly cap, showing the remaining points', async () => {
    const { client, org } = await director();
    const created = await client.post(`/api/orgs/${org.id}/clients`, { name: 'RTH Cliënt', birthYear: 2000 });
    const id = created.body.id;
    await client.post(`/api/orgs/${org.id}/clients/${id}/funding`, { kind: 'rth', startDate: '2025-01-01' });
    // 8 points a year / 0.155 per ambulant session = 51 sessions (7.905 points), the 52nd passes the cap.
    const mondays = Array.from({ length: 52 }, (_, i) =>
      new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10),
    );
    for (const monday of mondays.slice(0, 51)) {
      const r = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
        start: monday,
        cells: [{ clientId: id, functionCode: 'rth_ambulant', date: monday, units: 1 }],
      });
      expect(r.status).toBe(200);
    }
    const over = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: mondays[51],
      cells: [{ clientId: id, functionCode: 'rth_ambulant', date: mondays[51], units: 1 }],
    });
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('rth_cap');
    expect(over.body.error.details.remaining).toBe('0.0950');
  });

  it('shows a professional the week grid of the clients they follow', async () => {
    const { client, org, member } = await director();
    const mine = await client.post(`/api/orgs/${org.id}/clients`, {
      name: 'Eigen Cliënt',
      birthYear: 1990,
      professionalId: member.userId,
    });
    await client.post(`/api/orgs/${org.id}/clients`, { name: 'Andere Cliënt', birthYear: 1991 });
    const grid = await client.get(
      `/api/orgs/${org.id}/registrations/week?start=2025-03-03&professional=${member.userId}`,
    );
    expect(grid.body.clients.map((c: { name: string }) => c.name)).toEqual(['Eigen Cliënt']);
    expect(mine.body.professionalId).toBe(member.userId);
    const stranger = await client.post(`/api/orgs/${org.id}/clients`, {
      name: 'X',
      professionalId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].path).toBe('professionalId');
  });

  it('imports registrations from CSV all or nothing, naming bad lines; a mixed-encoding file is refused', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-01-01');
    const url = `/api/orgs/${org.id}/registrations/import`;
    const bad = await client.upload(url, {
      name: 'r.csv',
      content: `client;functie;datum;eenheden\n${id};dagondersteuning;2025-04-07;1\n${id};dagondersteuning;07/04/2025;1\n`,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('line 3 · datum');
    const mixed = new Uint8Array([
      ...new TextEncoder().encode(`client;functie;datum;eenheden;reden\n${id};dagondersteuning;2025-04-07;1;één\n`),
      ...new TextEncoder().encode(`${id};dagondersteuning;2025-04-08;1;`),
      0xe9,
      0x0a,
    ]);
    expect((await client.upload(url, { name: 'r.csv', content: mixed })).body.error.fields[0].message).toContain(
      'mengt tekensets',
    );
    const good = await client.upload(url, {
      name: 'r.csv',
      content: `client;functie;datum;eenheden\n${id};dagondersteuning;2025-04-07;1\n${id};dagondersteuning;2025-04-08;1\n`,
    });
    expect(good.body).toEqual({ imported: 2 });
  });
});

describe('consumption, statements and forecast', () => {
  it('follows delivered points, issues an immutable statement, and puts a later correction on the next one', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-01-01');
    await client.post(`/api/orgs/${org.id}/clients/${id}/agreements`, {
      functionCode: 'dagondersteuning',
      count: 1,
      per: 'week',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: '2025-03-03',
      cells: ['2025-03-03', '2025-03-04', '2025-03-05'].map((date) => ({
        clientId: id,
        functionCode: 'dagondersteuning',
        date,
        units: 1,
      })),
    });
    const usage = await client.get(`/api/orgs/${org.id}/consumption?year=2025&asOf=2025-03-31`);
    const row = usage.body.items.find((r: { clientId: string }) => r.clientId === id);
    expect(row).toMatchObject({ delivered: '0.6300', agreed: '10.9500' });
    expect(Number(row.agreed)).toBeCloseTo(Number(row.delivered) + Number(row.remaining), 4);

    const draft = await client.get(`/api/orgs/${org.id}/statements?month=2025-03`);
    expect(draft.body.issued).toBe(false);
    expect(draft.body.statement.careLines[0]).toMatchObject({ clientId: id, units: 3, pointsE4: 6_300 });
    const issued = await client.post(`/api/orgs/${org.id}/statements`, { month: '2025-03' });
    expect(issued.status).toBe(200);
    expect((await client.post(`/api/orgs/${org.id}/statements`, { month: '2025-03' })).status).toBe(409);

    const noReason = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: '2025-03-03',
      cells: [{ clientId: id, functionCode: 'dagondersteuning', date: '2025-03-03', units: 0 }],
    });
    expect(noReason.status).toBe(400);
    const corrected = await client.req('PUT', `/api/orgs/${org.id}/registrations/week`, {
      start: '2025-03-03',
      cells: [
        { clientId: id, functionCode: 'dagondersteuning', date: '2025-03-03', units: 0, reason: 'Afwezig: ziek' },
      ],
    });
    expect(corrected.status).toBe(200);
    const still = await client.get(`/api/orgs/${org.id}/statements?month=2025-03`);
    expect(still.body.statement.careLines[0].units).toBe(3);
    const next = await client.get(`/api/orgs/${org.id}/statements?month=2025-04`);
    expect(next.body.statement.corrections).toEqual([
      expect.objectContaining({ month: '2025-03', clientId: id, units: -1, pointsE4: -2_100 }),
    ]);
    expect(next.body.statement.totalCents).toBe(next.body.statement.corrections[0].totalCents);
  });

  it('forecasts income with a reproducible Monte-Carlo simulation', async () => {
    const { client, org } = await director();
    for (const name of ['A', 'B', 'C']) {
      const id = await voucherClient(client, org.id, '2025-01-01', `Cliënt ${name}`);
      await client.post(`/api/orgs/${org.id}/clients/${id}/agreements`, {
        functionCode: 'dagondersteuning',
        count: 1,
        per: 'week',
        startDate: '2025-01-01',
      });
    }
    const url = `/api/orgs/${org.id}/forecast?runs=500&seed=7&startMonth=2026-01&leaveProbability=0.05&costPerFteCents=6000000`;
    const a = await client.get(url);
    const b = await client.get(url);
    expect(a.status).toBe(200);
    expect(a.body.months).toHaveLength(12);
    expect(a.body.months).toEqual(b.body.months);
    const last = a.body.months[11];
    expect(last.incomeP10).toBeLessThanOrEqual(last.incomeP50);
    expect(last.incomeP50).toBeLessThanOrEqual(last.incomeP90);
  });

  it('summarises the waiting list per priority group and tells which requests free capacity can serve', async () => {
    const { client, org } = await director();
    const add = (reference: string, priorityGroup: number, requestedOn: string, units: number) =>
      client.post(`/api/orgs/${org.id}/waiting-list`, {
        reference,
        priorityGroup,
        requestedOn,
        needs: [{ function: 'dagondersteuning', unitsPerWeek: units }],
      });
    await add('PG3-oud', 3, '2020-02-01', 2);
    await add('PG1', 1, '2025-06-01', 3);
    await add('PG2', 2, '2024-01-15', 2);
    const list = await client.get(
      `/api/orgs/${org.id}/waiting-list?capacity=${encodeURIComponent(JSON.stringify({ dagondersteuning: 4 }))}`,
    );
    expect(list.body.summary.groups.map((g: { count: number }) => g.count)).toEqual([1, 1, 1]);
    const served = list.body.servable.served.map(
      (id: string) => list.body.items.find((r: { id: string }) => r.id === id).reference,
    );
    expect(served).toEqual(['PG1']);
    expect((await client.get(`/api/orgs/${org.id}/waiting-list?capacity=nope`)).status).toBe(400);
  });
});
