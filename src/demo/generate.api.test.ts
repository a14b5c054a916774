import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidKbo } from '../modules/orgs/logic.ts';
import { ROLES } from '../modules/orgs/policy.ts';
import { listMembers, getOrganisation } from '../modules/orgs/queries.ts';
import { testApp } from '../server/testing.ts';
import { createDemo } from './generate.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => { ctx = await testApp(); });
afterAll(() => ctx.close());

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
    const log = await ctx.db.selectFrom('audit_log').select(['at']).where('org_id', '=', a.orgId).orderBy('id').execute();
    expect(log.length).toBeGreaterThan(200);
    const times = log.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
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
