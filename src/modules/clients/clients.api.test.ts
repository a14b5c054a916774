import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { at, directorWithOffer, importRegistrations, voucherClient } from './testing.ts';

const ctx = testAppForFile();

const director = () => directorWithOffer(ctx);
type Api = Awaited<ReturnType<typeof director>>['client']['api'];
type Cell = { clientId: string; functionCode: string; date: string; units: number; reason?: string };
const saveWeek = (api: Api, orgId: string, start: string, cells: Cell[]) =>
  answer(api.PUT('/orgs/{orgId}/registrations/week', { ...at(orgId), body: { start, cells } }));
const agreement = { functionCode: 'dagondersteuning', per: 'week' as const, startDate: '2025-01-01' };

describe('rule tables', () => {
  it('are seeded from DOMAIN.md with validity dates, the point value marked as an example', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const { body } = await answer(client.api.GET('/orgs/{orgId}/rules', at(org.id)));
    const categories = body.items.find((r) => r.table === 'budgetCategories')!;
    const maxPointsE4 = categories.data.maxPointsE4 as number[];
    expect(categories.validFrom).toBe('2021-03-05');
    expect(maxPointsE4[2]).toBe(152_900);
    expect(maxPointsE4[23]).toBe(1_032_850);
    expect(body.items.filter((r) => r.table === 'pointValue').every((r) => r.example)).toBe(true);
    expect(body.items.find((r) => r.table === 'rthCap')!.data).toEqual({
      standardE4: 80_000,
      withVolunteersE4: 70_000,
    });
  });
});

describe('clients, funding and agreements', () => {
  it('refuses an agreement that exceeds the voucher points, showing the arithmetic, then accepts a smaller one', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id);
    const path = at(org.id, { clientId: id });
    const tooMuch = await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
        ...path,
        body: { ...agreement, count: 2, endDate: '2025-12-31' },
      }),
    );
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error!.code).toBe('exceeds_budget');
    expect(tooMuch.body.error!.message).toMatch(
      /2 dagen per week × 52,14 weken × 0,2100 punten = 21,9000 punten; beschikbaar in voucher: 15,2900 punten; 6,6100 punten te veel\./,
    );
    expect(tooMuch.body.error!.details).toMatchObject({
      year: 2025,
      committed: '21.9000',
      available: '15.2900',
      excess: '6.6100',
    });
    const fits = await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
        ...path,
        body: { ...agreement, count: 1, endDate: '2025-12-31' },
      }),
    );
    expect(fits.status).toBe(200);
    expect(fits.body.agreements).toHaveLength(1);
    expect(fits.body.agreements[0]!.pricePoints).toBe('0.2100');
  });

  it('does not check voucher points for a cash budget holder', async () => {
    const { client, org } = await director();
    const created = await answer(
      client.api.POST('/orgs/{orgId}/clients', { ...at(org.id), body: { name: 'Cash Cliënt', birthYear: 1975 } }),
    );
    const path = at(org.id, { clientId: created.body.id });
    await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/funding', {
        ...path,
        body: { kind: 'pvb', category: 3, form: 'cash', madeAvailableOn: '2025-01-01', startDate: '2025-01-01' },
      }),
    );
    const agreed = await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', { ...path, body: { ...agreement, count: 3 } }),
    );
    expect(agreed.status).toBe(200);
    const removed = await answer(
      client.api.DELETE('/orgs/{orgId}/clients/{clientId}/agreements/{lineId}', {
        ...at(org.id, { clientId: created.body.id, lineId: agreed.body.agreements[0]!.id }),
      }),
    );
    expect(removed.status).toBe(200);
    expect(removed.body.agreements).toEqual([]);
  });

  it('shows the 4-month start rule and refuses points with more than 4 decimals', async () => {
    const { client, org } = await director();
    const created = await answer(
      client.api.POST('/orgs/{orgId}/clients', { ...at(org.id), body: { name: 'Lien Maes', birthYear: 1990 } }),
    );
    const path = at(org.id, { clientId: created.body.id });
    const detail = await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/funding', {
        ...path,
        body: { kind: 'pvb', category: 8, form: 'combination', voucherPoints: '20.5', madeAvailableOn: '2024-01-10' },
      }),
    );
    expect(detail.body.funding[0]!.startRule).toMatchObject({ status: 'passed', deadline: '2024-05-10' });
    const precise = await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
        ...path,
        body: { ...agreement, count: 1, pricePoints: '0.12345' },
      }),
    );
    expect(precise.status).toBe(400);
    expect(precise.body.error!.fields![0]!.path).toBe('pricePoints');
  });

  it('records reading a client in the audit log, exports and erases it', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id);
    const path = at(org.id, { clientId: id });
    await answer(client.api.GET('/orgs/{orgId}/clients/{clientId}', path));
    const log = await answer(
      client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId: org.id }, query: { action: 'client.read' } } }),
    );
    expect(log.body.items[0]).toMatchObject({ entityId: id });
    const data = await answer(client.api.GET('/orgs/{orgId}/clients/{clientId}/export', path));
    expect(data.body.client.name).toBe('Jan Peeters');
    expect((await answer(client.api.DELETE('/orgs/{orgId}/clients/{clientId}', path))).status).toBe(204);
    expect((await answer(client.api.GET('/orgs/{orgId}/clients/{clientId}', path))).status).toBe(404);
  });
});

describe('registration', () => {
  it('saves a week, refuses duplicates, zero-or-negative units and dates outside the funding, all at once', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-03-01');
    const week = '2025-03-03';
    const day = (date: string, units = 1) => ({ clientId: id, functionCode: 'dagondersteuning', date, units });
    const ok = await saveWeek(client.api, org.id, week, [day('2025-03-03'), day('2025-03-04')]);
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toBe(2);
    const grid = ok.body.grid.clients.find((c) => c.id === id)!;
    expect(grid.functions[0]!.registered).toEqual({ '2025-03-03': 1, '2025-03-04': 1 });
    const negative = await saveWeek(client.api, org.id, week, [day(week, -1)]);
    expect(negative.status).toBe(400);
    const early = await saveWeek(client.api, org.id, '2025-02-24', [day('2025-02-25')]);
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.body.error!.fields)).toMatch(/financiering|funding/i);
    const twice = await saveWeek(client.api, org.id, week, [day('2025-03-05'), day('2025-03-05')]);
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body.error!.fields)).toMatch(/al een registratie/);
  });

  it('refuses the RTH registration that would pass the yearly cap, showing the remaining points', async () => {
    const { client, org } = await director();
    const created = await answer(
      client.api.POST('/orgs/{orgId}/clients', { ...at(org.id), body: { name: 'RTH Cliënt', birthYear: 2000 } }),
    );
    const id = created.body.id;
    await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/funding', {
        ...at(org.id, { clientId: id }),
        body: { kind: 'rth', startDate: '2025-01-01' },
      }),
    );
    // 8 points a year / 0.155 per ambulant session = 51 sessions (7.905 points), the 52nd passes the cap.
    const mondays = Array.from({ length: 52 }, (_, i) =>
      new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10),
    );
    const session = (date: string) => [{ clientId: id, functionCode: 'rth_ambulant', date, units: 1 }];
    for (const monday of mondays.slice(0, 51)) {
      const r = await saveWeek(client.api, org.id, monday, session(monday));
      expect(r.status).toBe(200);
    }
    const over = await saveWeek(client.api, org.id, mondays[51]!, session(mondays[51]!));
    expect(over.status).toBe(422);
    expect(over.body.error!.code).toBe('rth_cap');
    expect(over.body.error!.details!.remaining).toBe('0.0950');
  });

  it('shows a professional the week grid of the clients they follow', async () => {
    const { client, org, member } = await director();
    const add = (body: { name: string; birthYear?: number; professionalId?: string }) =>
      answer(client.api.POST('/orgs/{orgId}/clients', { ...at(org.id), body }));
    const mine = await add({ name: 'Eigen Cliënt', birthYear: 1990, professionalId: member.userId });
    await add({ name: 'Andere Cliënt', birthYear: 1991 });
    const grid = await answer(
      client.api.GET('/orgs/{orgId}/registrations/week', {
        params: { path: { orgId: org.id }, query: { start: '2025-03-03', professional: member.userId } },
      }),
    );
    expect(grid.body.clients.map((c) => c.name)).toEqual(['Eigen Cliënt']);
    expect(mine.body.professionalId).toBe(member.userId);
    const stranger = await add({ name: 'X', professionalId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error!.fields![0]!.path).toBe('professionalId');
  });

  it('imports registrations from CSV all or nothing, naming bad lines; a mixed-encoding file is refused', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-01-01');
    const upload = (content: string | Uint8Array) => importRegistrations(client, org.id, { name: 'r.csv', content });
    const bad = await upload(
      `client;functie;datum;eenheden\n${id};dagondersteuning;2025-04-07;1\n${id};dagondersteuning;07/04/2025;1\n`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error!.fields![0]!.path).toBe('line 3 · datum');
    const mixed = new Uint8Array([
      ...new TextEncoder().encode(`client;functie;datum;eenheden;reden\n${id};dagondersteuning;2025-04-07;1;één\n`),
      ...new TextEncoder().encode(`${id};dagondersteuning;2025-04-08;1;`),
      0xe9,
      0x0a,
    ]);
    expect((await upload(mixed)).body.error!.fields![0]!.message).toContain('mengt tekensets');
    const good = await upload(
      `client;functie;datum;eenheden\n${id};dagondersteuning;2025-04-07;1\n${id};dagondersteuning;2025-04-08;1\n`,
    );
    expect(good.body).toEqual({ imported: 2 });
  });
});

describe('consumption, statements and forecast', () => {
  it('follows delivered points, issues an immutable statement, and puts a later correction on the next one', async () => {
    const { client, org } = await director();
    const id = await voucherClient(client, org.id, '2025-01-01');
    await answer(
      client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
        ...at(org.id, { clientId: id }),
        body: { ...agreement, count: 1, endDate: '2025-12-31' },
      }),
    );
    const day = (date: string, units = 1, reason?: string) => ({
      clientId: id,
      functionCode: 'dagondersteuning',
      date,
      units,
      ...(reason ? { reason } : {}),
    });
    await saveWeek(
      client.api,
      org.id,
      '2025-03-03',
      ['2025-03-03', '2025-03-04', '2025-03-05'].map((d) => day(d)),
    );
    const usage = await answer(
      client.api.GET('/orgs/{orgId}/consumption', {
        params: { path: { orgId: org.id }, query: { year: 2025, asOf: '2025-03-31' } },
      }),
    );
    const row = usage.body.items.find((r) => r.clientId === id)!;
    expect(row).toMatchObject({ delivered: '0.6300', agreed: '10.9500' });
    expect(Number(row.agreed)).toBeCloseTo(Number(row.delivered) + Number(row.remaining), 4);

    const statementOf = (month: string) =>
      answer(client.api.GET('/orgs/{orgId}/statements', { params: { path: { orgId: org.id }, query: { month } } }));
    const issue = () =>
      answer(client.api.POST('/orgs/{orgId}/statements', { ...at(org.id), body: { month: '2025-03' } }));
    const draft = await statementOf('2025-03');
    expect(draft.body.issued).toBe(false);
    expect(draft.body.statement.careLines[0]).toMatchObject({ clientId: id, units: 3, pointsE4: 6_300 });
    const issued = await issue();
    expect(issued.status).toBe(200);
    expect((await issue()).status).toBe(409);

    const noReason = await saveWeek(client.api, org.id, '2025-03-03', [day('2025-03-03', 0)]);
    expect(noReason.status).toBe(400);
    const corrected = await saveWeek(client.api, org.id, '2025-03-03', [day('2025-03-03', 0, 'Afwezig: ziek')]);
    expect(corrected.status).toBe(200);
    const still = await statementOf('2025-03');
    expect(still.body.statement.careLines[0]!.units).toBe(3);
    const next = await statementOf('2025-04');
    expect(next.body.statement.corrections).toEqual([
      expect.objectContaining({ month: '2025-03', clientId: id, units: -1, pointsE4: -2_100 }),
    ]);
    expect(next.body.statement.totalCents).toBe(next.body.statement.corrections[0]!.totalCents);
  });

  it('forecasts income with a reproducible Monte-Carlo simulation', async () => {
    const { client, org } = await director();
    for (const name of ['A', 'B', 'C']) {
      const id = await voucherClient(client, org.id, '2025-01-01', `Cliënt ${name}`);
      await answer(
        client.api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
          ...at(org.id, { clientId: id }),
          body: { ...agreement, count: 1 },
        }),
      );
    }
    const query = { runs: 500, seed: 7, startMonth: '2026-01', leaveProbability: 0.05, costPerFteCents: 6000000 };
    const get = () => answer(client.api.GET('/orgs/{orgId}/forecast', { params: { path: { orgId: org.id }, query } }));
    const a = await get();
    const b = await get();
    expect(a.status).toBe(200);
    expect(a.body.months).toHaveLength(12);
    expect(a.body.months).toEqual(b.body.months);
    const last = a.body.months[11]!;
    expect(last.incomeP10).toBeLessThanOrEqual(last.incomeP50);
    expect(last.incomeP50).toBeLessThanOrEqual(last.incomeP90);
  });

  it('summarises the waiting list per priority group and tells which requests free capacity can serve', async () => {
    const { client, org } = await director();
    const add = (reference: string, priorityGroup: 1 | 2 | 3, requestedOn: string, units: number) =>
      answer(
        client.api.POST('/orgs/{orgId}/waiting-list', {
          ...at(org.id),
          body: {
            reference,
            priorityGroup,
            requestedOn,
            needs: [{ function: 'dagondersteuning', unitsPerWeek: units }],
          },
        }),
      );
    await add('PG3-oud', 3, '2020-02-01', 2);
    await add('PG1', 1, '2025-06-01', 3);
    await add('PG2', 2, '2024-01-15', 2);
    const listWith = (capacity: string) =>
      answer(
        client.api.GET('/orgs/{orgId}/waiting-list', { params: { path: { orgId: org.id }, query: { capacity } } }),
      );
    const list = await listWith(JSON.stringify({ dagondersteuning: 4 }));
    expect(list.body.summary.groups.map((g) => g.count)).toEqual([1, 1, 1]);
    const served = list.body.servable.served.map((id) => list.body.items.find((r) => r.id === id)!.reference);
    expect(served).toEqual(['PG1']);
    expect((await listWith('nope')).status).toBe(400);
  });
});
