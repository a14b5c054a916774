/** One client's budget on one page: per function agreed, used, remaining, projected, warnings and the registrations behind them. */
import { describe, expect, it } from 'vitest';
import { answer, auditEntries, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { at, clientsApi, sampleOffer, voucherClient } from './testing.ts';

const ctx = testAppForFile();

describe("a client's budget per function", () => {
  it('shows agreed, used, remaining and projected per function with the registrations behind them', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(client, org.id);
    const api = clientsApi(client, org.id);
    const id = await voucherClient(client, org.id, '2025-01-01', 'Jan Peeters');
    const line = { functionCode: 'dagondersteuning', count: 1, per: 'week' as const, startDate: '2025-01-01' };
    expect((await api.addAgreement(id, { ...line, endDate: '2025-12-31' })).status).toBe(200);
    const cells = [
      { clientId: id, functionCode: 'dagondersteuning', date: '2025-03-03', units: 1 },
      { clientId: id, functionCode: 'dagondersteuning', date: '2025-03-05', units: 1 },
    ];
    expect((await api.saveWeek('2025-03-03', cells)).status).toBe(200);
    const budget = await answer(
      client.api.GET('/orgs/{orgId}/clients/{clientId}/consumption', {
        params: { path: { orgId: org.id, clientId: id }, query: { year: 2025 } },
      }),
    );
    expect(budget.status).toBe(200);
    expect(budget.body.asOf).toBe('2025-12-31');
    const [day] = budget.body.functions;
    expect(day).toMatchObject({
      function: 'dagondersteuning',
      functionName: 'Dagondersteuning',
      fundingTypes: ['voucher'],
      used: '0.4200',
    });
    expect(Number(day!.remaining)).toBeCloseTo(Number(day!.agreed) - 0.42, 4);
    // Two registrations in a year of weekly agreements: far below 80 % of agreed, so under-use.
    expect(day!.warnings.map((w) => w.code)).toEqual(['under_use']);
    expect(day!.registrations.map((r) => [r.date, r.points, r.fundingType])).toEqual([
      ['2025-03-05', '0.2100', 'voucher'],
      ['2025-03-03', '0.2100', 'voucher'],
    ]);
  });

  it('is read from the client’s own organisation only, and audited', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(client, org.id);
    const id = await voucherClient(client, org.id, '2025-01-01', 'Els Claes');
    const path = { orgId: org.id, clientId: id };
    expect(
      (await answer(client.api.GET('/orgs/{orgId}/clients/{clientId}/consumption', { params: { path } }))).status,
    ).toBe(200);
    const log = await auditEntries(ctx.db, org.id, 'client.read');
    expect(log.map((l) => l.details)).toContainEqual({ view: 'consumption' });
    const stranger = await orgWithMember(ctx, 'directie');
    const foreign = await answer(
      stranger.client.api.GET('/orgs/{orgId}/clients/{clientId}/consumption', {
        params: { path: { orgId: stranger.org.id, clientId: id } },
      }),
    );
    expect(foreign.status).toBe(404);
  });

  it('shows no voucher budget for a client paid by zorgbudget and RTH', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(client, org.id);
    const api = clientsApi(client, org.id);
    const created = await api.addClient({ name: 'Zorgbudget en RTH' });
    await api.addFunding(created.body.id, { kind: 'zorgbudget', startDate: '2020-01-01' });
    const detail = await api.addFunding(created.body.id, { kind: 'rth', startDate: '2020-01-01' });
    expect(detail.body.budget.voucher).toBe(false);
    const voucher = await voucherClient(client, org.id, '2025-01-01', 'Met voucher');
    expect((await api.getClient(voucher)).body.budget.voucher).toBe(true);
    expect(at(org.id).params.path.orgId).toBe(org.id);
  });
});
