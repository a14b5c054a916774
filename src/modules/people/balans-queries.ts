/**
 * Reads what the sociale balans and the HR key figures of one year need, for one organisation: every
 * contract (spells reach back before the year), the payroll months, absences, training and agency or
 * placed staff of the year, and the ledger's figures through finance's public.ts.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { socialBalanceLedger } from '../finance/public.ts';
import type { Absence, Contract, Employee, External, PeopleData, Training } from './logic/types.ts';

type Row = (string | number | null)[];
const num = (v: string | number | null | undefined) => Number(v);
const str = (v: string | number | null | undefined) => v as string;

/**
 * One statement, each table's rows as one JSON array (PGlite hands over one large value much faster
 * than thousands of rows: 4× on the payroll months of 2,000 people). Names are not read: the figures
 * need none. `payrollFrom` (a year, default `year`) reaches the payroll back to an earlier year, for
 * the sociale balans's previous-year columns: one load for both years.
 */
export async function peopleDataOfYear(
  db: DbOrTx,
  orgId: string,
  year: number,
  payrollFrom = year,
): Promise<PeopleData> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const agg = (columns: RawBuilder<unknown>, table: string, where: RawBuilder<unknown>) =>
    sql`(SELECT coalesce(json_agg(json_build_array(${columns})), '[]')::text FROM ${sql.table(table)} WHERE org_id = ${orgId} AND ${where})`;
  const { rows } = await sql<Record<'e' | 'c' | 'p' | 'a' | 't' | 'x', string>>`SELECT
    ${agg(sql`id, external_ref, sex, birth_year, education`, 'ppl_employee', sql`true`)} AS e,
    ${agg(
      sql`id, employee_id, starts_on, ends_on, contract_type, weekly_hours, full_time_hours, category, monthly_cost_cents, exit_reason, joint_committee`,
      'ppl_contract',
      sql`starts_on <= ${to}`,
    )} AS c,
    ${agg(sql`employee_id, month, hours_worked, cost_cents, benefits_cents`, 'ppl_payroll_month', sql`month BETWEEN ${`${payrollFrom}-01-01`} AND ${to}`)} AS p,
    ${agg(sql`id, employee_id, kind, starts_on, ends_on, hours`, 'ppl_absence', sql`starts_on <= ${to} AND ends_on >= ${from}`)} AS a,
    ${agg(
      sql`id, employee_id, kind, held_on, hours, gross_cost_cents, subsidy_cents, fund_contribution_cents`,
      'ppl_training',
      sql`held_on BETWEEN ${from} AND ${to}`,
    )} AS t,
    ${agg(sql`id, kind, starts_on, ends_on, fte, hours, cost_cents`, 'ppl_external', sql`starts_on <= ${to} AND ends_on >= ${from}`)} AS x`.execute(
    db,
  );
  const r = rows[0]!;
  const parse = (text: string) => JSON.parse(text) as Row[];
  return {
    employees: parse(r.e).map(([id, ref, sex, birthYear, education]) => ({
      id: str(id),
      externalRef: ref as string | null,
      firstName: '',
      lastName: '',
      sex: str(sex) as Employee['sex'],
      birthYear: birthYear === null ? null : num(birthYear),
      education: education as Employee['education'],
    })),
    contracts: parse(r.c).map(([id, emp, startsOn, endsOn, type, weekly, fullTime, category, cost, exit, pc]) => ({
      id: str(id),
      employeeId: str(emp),
      startsOn: str(startsOn),
      endsOn: endsOn as string | null,
      contractType: str(type) as Contract['contractType'],
      weeklyHours: num(weekly),
      fullTimeHours: num(fullTime),
      category: str(category) as Contract['category'],
      jointCommittee: str(pc),
      functionTitle: '',
      monthlyCostCents: num(cost),
      exitReason: exit as Contract['exitReason'],
    })),
    payroll: parse(r.p).map(([emp, month, hours, cost, benefits]) => ({
      employeeId: str(emp),
      month: str(month),
      hoursWorked: num(hours),
      costCents: num(cost),
      benefitsCents: num(benefits),
    })),
    absences: parse(r.a).map(([id, emp, kind, startsOn, endsOn, hours]) => ({
      id: str(id),
      employeeId: str(emp),
      kind: str(kind) as Absence['kind'],
      startsOn: str(startsOn),
      endsOn: str(endsOn),
      hours: num(hours),
    })),
    trainings: parse(r.t).map(([id, emp, kind, heldOn, hours, gross, subsidy, fund]) => ({
      id: str(id),
      employeeId: str(emp),
      kind: str(kind) as Training['kind'],
      title: '',
      heldOn: str(heldOn),
      hours: num(hours),
      grossCostCents: num(gross),
      subsidyCents: num(subsidy),
      fundContributionCents: num(fund),
    })),
    externals: parse(r.x).map(([id, kind, startsOn, endsOn, fte, hours, cost]) => ({
      id: str(id),
      kind: str(kind) as External['kind'],
      description: '',
      startsOn: str(startsOn),
      endsOn: str(endsOn),
      fte: num(fte),
      hours: num(hours),
      costCents: num(cost),
    })),
  };
}

export { socialBalanceLedger };
