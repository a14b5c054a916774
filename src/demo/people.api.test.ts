/** The demo's people register is plausible: its size, FTE, absenteeism, turnover and movements. */
import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../modules/orgs/queries.ts';
import { testAppForFile } from '../server/testing.ts';
import { weekdaysIncl } from '../modules/people/logic/sociale-balans-time.ts';
import { createDemoPeople } from './people.ts';
import { Random } from './random.ts';

const ctx = testAppForFile();

const NOW = new Date('2026-11-23T09:00:00Z');
/** The people generator's seed in the shipped demo (createDemo with seed 2026). */
const DEMO_SEED = 2026 * 7919 + 13;

async function demoOrg(seed: number) {
  const org = await createOrganisation(ctx.db, {
    name: `Demo mensen ${seed}`,
    type: 'vza',
    fiscalYearStartMonth: 1,
    language: 'nl',
  });
  const result = await createDemoPeople(ctx.db, org.id, [], new Random(seed), NOW);
  return { orgId: org.id, ...result };
}

/** Month-end counts of 2025 from the contracts: mean headcount and FTE. */
function average2025(
  contracts: {
    starts_on: string;
    ends_on: string | null;
    weekly_hours: string;
    full_time_hours: string;
    employee_id: string;
  }[],
) {
  let heads = 0;
  let fte = 0;
  for (let m = 1; m <= 12; m++) {
    const end = new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);
    const on = contracts.filter((c) => c.starts_on <= end && (c.ends_on === null || c.ends_on >= end));
    heads += new Set(on.map((c) => c.employee_id)).size;
    fte += on.reduce((s, c) => s + Number(c.weekly_hours) / Number(c.full_time_hours), 0);
  }
  return { heads: heads / 12, fte: fte / 12 };
}

describe('demo people', () => {
  it('about 85 employees over three years, ≈ 60-65 FTE, absenteeism 6-8 %, turnover ≈ 10 %, every movement', async () => {
    const { orgId, employees } = await demoOrg(DEMO_SEED);
    const db = ctx.db;
    const contracts = await db.selectFrom('ppl_contract').selectAll().where('org_id', '=', orgId).execute();
    const absences = await db.selectFrom('ppl_absence').selectAll().where('org_id', '=', orgId).execute();
    expect(employees).toBeGreaterThanOrEqual(80);
    expect(employees).toBeLessThanOrEqual(100);
    const { heads, fte } = average2025(contracts);
    expect(fte).toBeGreaterThanOrEqual(58);
    expect(fte).toBeLessThanOrEqual(66);
    // Exits: last contracts with a reason, ended in 2025; turnover = leavers ÷ average headcount.
    const leavers = contracts.filter((c) => c.exit_reason && c.ends_on!.startsWith('2025'));
    expect(leavers.length / heads).toBeGreaterThanOrEqual(0.05);
    expect(leavers.length / heads).toBeLessThanOrEqual(0.17);
    const reasons = new Set(contracts.map((c) => c.exit_reason).filter(Boolean));
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['dismissal', 'other', 'pension']));
    expect(new Set(contracts.map((c) => c.contract_type))).toEqual(
      new Set(['indefinite', 'fixed_term', 'replacement']),
    );
    // A fixed-term contract followed the next day by an indefinite one: a conversion.
    const conversions = contracts.filter((c) =>
      contracts.some(
        (d) =>
          d.employee_id === c.employee_id &&
          c.contract_type === 'fixed_term' &&
          d.contract_type === 'indefinite' &&
          d.starts_on > c.starts_on,
      ),
    );
    expect(conversions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(contracts.map((c) => c.category))).toEqual(new Set(['employee', 'worker', 'management']));
    // Sickness days per 100 workdays of 2025 (FTE-weighted).
    const sick = absences
      .filter((a) => a.kind === 'sickness' && a.starts_on <= '2025-12-31' && a.ends_on >= '2025-01-01')
      .reduce(
        (s, a) =>
          s +
          weekdaysIncl(
            a.starts_on < '2025-01-01' ? '2025-01-01' : a.starts_on,
            a.ends_on > '2025-12-31' ? '2025-12-31' : a.ends_on,
          ),
        0,
      );
    const rate = sick / (heads * weekdaysIncl('2025-01-01', '2025-12-31'));
    expect(rate).toBeGreaterThanOrEqual(0.055);
    expect(rate).toBeLessThanOrEqual(0.09);
    expect(new Set(absences.map((a) => a.kind))).toEqual(new Set(['sickness', 'maternity_parental', 'work_accident']));
    const trainings = await db
      .selectFrom('ppl_training')
      .select(['kind', 'subsidy_cents'])
      .where('org_id', '=', orgId)
      .execute();
    expect(new Set(trainings.map((t) => t.kind))).toEqual(new Set(['formal', 'informal', 'initial']));
    expect(trainings.some((t) => Number(t.subsidy_cents) > 0)).toBe(true);
    const externals = await db.selectFrom('ppl_external').select('kind').where('org_id', '=', orgId).execute();
    expect(new Set(externals.map((e) => e.kind))).toEqual(new Set(['agency', 'placed']));
    const volunteers = await db.selectFrom('ppl_volunteer').select('id').where('org_id', '=', orgId).execute();
    expect(volunteers).toHaveLength(15);
    const months = await db.selectFrom('ppl_payroll_month').select('month').where('org_id', '=', orgId).execute();
    expect(new Set(months.map((m) => m.month.slice(0, 7))).size).toBe(34);
  });

  it('is deterministic for a seed', async () => {
    const shape = async (seed: number) => {
      const { orgId } = await demoOrg(seed);
      const rows = await ctx.db
        .selectFrom('ppl_employee')
        .innerJoin('ppl_contract', 'ppl_contract.employee_id', 'ppl_employee.id')
        .select(['external_ref', 'first_name', 'last_name', 'starts_on', 'ends_on', 'weekly_hours', 'exit_reason'])
        .where('ppl_employee.org_id', '=', orgId)
        .orderBy('external_ref')
        .orderBy('starts_on')
        .execute();
      return rows;
    };
    expect(await shape(5)).toEqual(await shape(5));
  });
});
