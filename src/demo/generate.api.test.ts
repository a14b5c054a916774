import { describe, expect, it } from 'vitest';
import { isValidKbo } from '../modules/orgs/logic.ts';
import { ROLES } from '../modules/orgs/policy.ts';
import { listMembers, getOrganisation } from '../modules/orgs/queries.ts';
import { testAppForFile } from '../server/testing.ts';
import { createDemo } from './generate.ts';

const ctx = testAppForFile();

describe('demo organisation', () => {
  it('is deterministic, plausible and holds every role', async () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const a = await createDemo(ctx.db, { seed: 7, now });
    const b = await createDemo(ctx.db, { seed: 7, now });
    const org = await getOrganisation(ctx.db, a.orgId);
    expect(org.type).toBe('vza');
    expect(isValidKbo(org.kbo!)).toBe(true);
    const membersA = await listMembers(ctx.db, a.orgId);
    const membersB = await listMembers(ctx.db, b.orgId);
    expect(membersA.map((m) => [m.name, m.role])).toEqual(membersB.map((m) => [m.name, m.role]));
    expect(new Set(membersA.map((m) => m.role))).toEqual(new Set(ROLES));
    const log = await ctx.db
      .selectFrom('audit_log')
      .select(['at'])
      .where('org_id', '=', a.orgId)
      .orderBy('id')
      .execute();
    expect(log.length).toBeGreaterThan(200);
    const times = log.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  }, 180_000); // builds the whole demo twice: minutes on a busy two-core machine
});

describe('demo finance', () => {
  it('has two years of ledger and a cost model with plausible cost prices (staff 75-85% of costs)', async () => {
    const demo = await createDemo(ctx.db, { seed: 11, now: new Date('2026-11-23T09:00:00Z') });
    const { costPriceReport } = await import('../modules/finance/costing.ts');
    const { keyFiguresOfYear } = await import('../modules/finance/planning.ts');
    for (const year of [2024, 2025]) {
      const report = await costPriceReport(ctx.db, demo.orgId, year, 'stepdown');
      expect(report.mainTotalCents).toBe(report.totalCostCents);
      expect(report.unassignedCostCents).toBe(0);
      expect(report.services.map((s) => s.code)).toEqual(['DAG', 'WON', 'IND']);
      const dag = report.services[0]!;
      expect(dag.costPerUnitCents! / 100).toBeGreaterThan(120);
      expect(dag.costPerUnitCents! / 100).toBeLessThan(400);
      const figures = await keyFiguresOfYear(ctx.db, demo.orgId, year);
      const staff = figures.periods[0]!.figures.find((f) => f.code === 'personnel_cost_ratio')!.value!;
      expect(staff).toBeGreaterThan(75);
      expect(staff).toBeLessThan(85);
    }
  });
});

describe('demo clients', () => {
  it('has ~60 clients with fitting agreements, a year of registrations, issued statements, warnings and a waiting list', async () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const demo = await createDemo(ctx.db, { seed: 13, now }); // its duration: npm run bench:demo
    const { clientDetail } = await import('../modules/clients/clients.ts');
    const { consumptionOverview, statementOf, waitingList } = await import('../modules/clients/overview.ts');
    const { saveCells } = await import('../modules/clients/registrations.ts');
    const { ruleSet } = await import('../modules/clients/rules.ts');
    const rules = await ruleSet(ctx.db, demo.orgId);
    const clients = await ctx.db
      .selectFrom('cl_client')
      .select(['id', 'ended_on'])
      .where('org_id', '=', demo.orgId)
      .execute();
    expect(clients.length).toBeGreaterThanOrEqual(55);
    expect(clients.length).toBeLessThanOrEqual(65);
    expect(clients.filter((c) => c.ended_on).length).toBeGreaterThanOrEqual(3);
    const funding = await ctx.db
      .selectFrom('cl_funding')
      .select(['client_id', 'kind', 'form'])
      .where('org_id', '=', demo.orgId)
      .execute();
    expect(new Set(funding.map((f) => f.form ?? f.kind))).toEqual(
      new Set(['voucher', 'cash', 'combination', 'rth', 'zorgbudget', 'other']),
    );
    expect(new Set(funding.filter((f) => f.kind === 'rth').map((f) => f.client_id)).size).toBeGreaterThanOrEqual(6);
    // Every voucher-funded client's agreements fit the voucher points of this year.
    const voucherClients = new Set(
      funding.filter((f) => f.form === 'voucher' || f.form === 'combination').map((f) => f.client_id),
    );
    for (const id of voucherClients) {
      const { budget } = await clientDetail(ctx.db, demo.orgId, id, rules);
      expect(Number(budget.committedPoints)).toBeLessThanOrEqual(Number(budget.availableVoucherPoints));
    }
    const months = await ctx.db
      .selectFrom('cl_registration')
      .select((eb) => eb.fn<string>('to_char', ['date', eb.val('YYYY-MM')]).as('m'))
      .where('org_id', '=', demo.orgId)
      .distinct()
      .execute();
    expect(months.length).toBeGreaterThanOrEqual(11);
    // Issued statements: January up to the month before the last closed one; the last closed month is a draft with a correction.
    const issued = await ctx.db
      .selectFrom('cl_statement')
      .select(['month', 'doc'])
      .where('org_id', '=', demo.orgId)
      .orderBy('month')
      .execute();
    expect(issued.map((s) => s.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    const draft = await statementOf(ctx.db, demo.orgId, '2026-10', rules);
    expect(draft.issued).toBe(false);
    expect(draft.statement.corrections.length).toBeGreaterThan(0);
    expect(draft.statement.totalsByFunding.voucher.cents).toBeGreaterThan(0);
    expect(draft.statement.livingLines.length).toBeGreaterThan(0);
    // Immutable: a change in an issued month without a reason is refused, and the issued document stays as it was.
    const september = await statementOf(ctx.db, demo.orgId, '2026-09', rules);
    const reg = await ctx.db
      .selectFrom('cl_registration')
      .select(['client_id', 'function_code', 'date', 'units'])
      .where('org_id', '=', demo.orgId)
      .where('date', '=', '2026-09-15')
      .where('funding_type', '=', 'voucher')
      .limit(1)
      .executeTakeFirstOrThrow();
    await expect(
      saveCells(
        ctx.db,
        demo.orgId,
        null,
        [{ clientId: reg.client_id, functionCode: reg.function_code, date: reg.date, units: 0 }],
        rules,
      ),
    ).rejects.toThrow();
    expect((await statementOf(ctx.db, demo.orgId, '2026-09', rules)).statement).toEqual(september.statement);
    const warnings = (await consumptionOverview(ctx.db, demo.orgId, 2026, '2026-11-23')).flatMap((r) =>
      r.warnings.map((w) => w.code),
    );
    expect(warnings).toContain('runs_out');
    expect(warnings).toContain('under_use');
    const list = await waitingList(ctx.db, demo.orgId, {}, '2026-11-23');
    expect(list.items.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list.items.map((r) => r.priorityGroup))).toEqual(new Set([1, 2, 3]));
    expect(new Set(list.items.map((r) => r.status))).toEqual(new Set(['waiting', 'offered', 'started', 'withdrawn']));
    const pg1 = list.summary.groups.find((g) => g.group === 1)!;
    expect(pg1.longestDays).toBeLessThan(548);
  });
});

describe('demo professionals', () => {
  it('gives every demo client a following begeleider', async () => {
    const demo = await createDemo(ctx.db, { seed: 17, now: new Date('2026-11-23T09:00:00Z') });
    const rows = await ctx.db
      .selectFrom('cl_client as c')
      .innerJoin('membership as m', (j) =>
        j.onRef('m.user_id', '=', 'c.professional_id').onRef('m.org_id', '=', 'c.org_id'),
      )
      .select(['m.role'])
      .where('c.org_id', '=', demo.orgId)
      .execute();
    const all = await ctx.db.selectFrom('cl_client').select('id').where('org_id', '=', demo.orgId).execute();
    expect(rows.length).toBe(all.length);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['begeleider']));
    // The demo begeleider's caseload is a handful of the clients; the second one also has a group's.
    const { visibleClientIds } = await import('../modules/clients/caseload.ts');
    const coaches = demo.people.filter((p) => p.role === 'begeleider');
    const first = await visibleClientIds(ctx.db, demo.orgId, { userId: coaches[0]!.id, role: 'begeleider' });
    const second = await visibleClientIds(ctx.db, demo.orgId, { userId: coaches[1]!.id, role: 'begeleider' });
    expect(first!.size).toBeGreaterThanOrEqual(3);
    expect(first!.size).toBeLessThanOrEqual(12);
    expect(second!.size).toBeGreaterThan(first!.size);
    expect(second!.size).toBeLessThan(all.length);
  });
});

describe('forecast and finance together', () => {
  it('takes the cost of an FTE from the finance module when it has a ledger and FTE key', async () => {
    const demo = await createDemo(ctx.db, { seed: 13, now: new Date('2026-11-23T09:00:00Z') });
    const { forecast } = await import('../modules/clients/overview.ts');
    const { ruleSet } = await import('../modules/clients/rules.ts');
    const result = await forecast(ctx.db, demo.orgId, await ruleSet(ctx.db, demo.orgId), {
      runs: 200,
      seed: 1,
      inflowPerMonth: 0,
      startMonth: '2026-12',
    });
    expect(result.costPerFteSource).toBe('finance');
    // Personnel costs of the demo (≈ €3.1 M) over its 45.5 FTE: between €50k and €90k a year.
    expect(result.costPerFteCents).toBeGreaterThan(5_000_000);
    expect(result.costPerFteCents).toBeLessThan(9_000_000);
  });
});
