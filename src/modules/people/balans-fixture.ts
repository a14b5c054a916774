/**
 * Test rows for the sociale balans API tests: the hand-computed case of logic/sociale-balans-sample.ts
 * inserted into the ppl_ tables of one organisation with Kysely (the register's write routes are
 * tested on their own). Returns the database ids by the sample's ids ('e1' → uuid).
 */
import type { DbOrTx } from '../../server/db.ts';
import { answer, orgWithMember, type TestApp } from '../../server/testing.ts';
import { sampleData } from './logic/sociale-balans-sample.ts';
import type { PeopleData } from './logic/types.ts';

export async function insertPeopleData(db: DbOrTx, orgId: string, data: PeopleData = sampleData()) {
  const ids = new Map<string, string>();
  for (const e of data.employees) {
    const row = await db
      .insertInto('ppl_employee')
      .values({
        org_id: orgId,
        external_ref: e.externalRef,
        first_name: e.firstName,
        last_name: e.lastName,
        sex: e.sex,
        birth_year: e.birthYear,
        education: e.education,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(e.id, row.id);
  }
  const emp = (id: string) => ids.get(id)!;
  /** In chunks of 1,000 rows: a statement holds at most 65,535 parameters. */
  const insert = async <T>(rows: T[], write: (rows: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
  };
  await insert(data.contracts, (rows) =>
    db
      .insertInto('ppl_contract')
      .values(
        rows.map((c) => ({
          org_id: orgId,
          employee_id: emp(c.employeeId),
          starts_on: c.startsOn,
          ends_on: c.endsOn,
          contract_type: c.contractType,
          weekly_hours: c.weeklyHours,
          full_time_hours: c.fullTimeHours,
          category: c.category,
          joint_committee: c.jointCommittee,
          function_title: c.functionTitle,
          monthly_cost_cents: c.monthlyCostCents,
          exit_reason: c.exitReason,
        })),
      )
      .execute(),
  );
  await insert(data.payroll, (rows) =>
    db
      .insertInto('ppl_payroll_month')
      .values(
        rows.map((p) => ({
          org_id: orgId,
          employee_id: emp(p.employeeId),
          month: p.month,
          hours_worked: p.hoursWorked,
          cost_cents: p.costCents,
          benefits_cents: p.benefitsCents,
        })),
      )
      .execute(),
  );
  await insert(data.absences, (rows) =>
    db
      .insertInto('ppl_absence')
      .values(
        rows.map((a) => ({
          org_id: orgId,
          employee_id: emp(a.employeeId),
          kind: a.kind,
          starts_on: a.startsOn,
          ends_on: a.endsOn,
          hours: a.hours,
        })),
      )
      .execute(),
  );
  await insert(data.trainings, (rows) =>
    db
      .insertInto('ppl_training')
      .values(
        rows.map((x) => ({
          org_id: orgId,
          employee_id: emp(x.employeeId),
          kind: x.kind,
          title: x.title,
          held_on: x.heldOn,
          hours: x.hours,
          gross_cost_cents: x.grossCostCents,
          subsidy_cents: x.subsidyCents,
          fund_contribution_cents: x.fundContributionCents,
        })),
      )
      .execute(),
  );
  await insert(data.externals, (rows) =>
    db
      .insertInto('ppl_external')
      .values(
        rows.map((x) => ({
          org_id: orgId,
          kind: x.kind,
          description: x.description,
          starts_on: x.startsOn,
          ends_on: x.endsOn,
          fte: x.fte,
          hours: x.hours,
          cost_cents: x.costCents,
        })),
      )
      .execute(),
  );
  return ids;
}

/** The HR key figures of 2025 of a new organisation holding the sample, as its board reads them. */
export async function sampleHrFigures(ctx: TestApp) {
  const board = await orgWithMember(ctx, 'bestuur');
  await insertPeopleData(ctx.db, board.org.id);
  return answer(
    board.client.api.GET('/orgs/{orgId}/people/hr-figures', {
      params: { path: { orgId: board.org.id }, query: { year: 2025 } },
    }),
  );
}

/** The sample moved by `years` whole years (every date; the sample has no 29 February). */
export function shiftedSample(years: number): PeopleData {
  const s = sampleData();
  const move = (day: string) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
  return {
    ...s,
    employees: s.employees.map((e) => ({ ...e, birthYear: e.birthYear === null ? null : e.birthYear + years })),
    contracts: s.contracts.map((c) => ({ ...c, startsOn: move(c.startsOn), endsOn: c.endsOn && move(c.endsOn) })),
    payroll: s.payroll.map((p) => ({ ...p, month: move(p.month) })),
    absences: s.absences.map((a) => ({ ...a, startsOn: move(a.startsOn), endsOn: move(a.endsOn) })),
    trainings: s.trainings.map((x) => ({ ...x, heldOn: move(x.heldOn) })),
  };
}
