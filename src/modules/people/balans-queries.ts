/**
 * Reads what the sociale balans and the HR key figures of one year need, for one organisation: every
 * contract (spells reach back before the year), the payroll months, absences, training and agency or
 * placed staff of the year, and the ledger's figures through finance's public.ts.
 */
import type { DbOrTx } from '../../server/db.ts';
import { socialBalanceLedger } from '../finance/public.ts';
import type { PeopleData } from './logic/types.ts';

export async function peopleDataOfYear(db: DbOrTx, orgId: string, year: number): Promise<PeopleData> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [employees, contracts, payroll, absences, trainings, externals] = await Promise.all([
    db
      .selectFrom('ppl_employee')
      .select(['id', 'external_ref', 'first_name', 'last_name', 'sex', 'birth_year', 'education'])
      .where('org_id', '=', orgId)
      .execute(),
    db.selectFrom('ppl_contract').selectAll().where('org_id', '=', orgId).where('starts_on', '<=', to).execute(),
    db
      .selectFrom('ppl_payroll_month')
      .select(['employee_id', 'month', 'hours_worked', 'cost_cents', 'benefits_cents'])
      .where('org_id', '=', orgId)
      .where('month', '>=', from)
      .where('month', '<=', to)
      .execute(),
    db
      .selectFrom('ppl_absence')
      .select(['id', 'employee_id', 'kind', 'starts_on', 'ends_on', 'hours'])
      .where('org_id', '=', orgId)
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .execute(),
    db
      .selectFrom('ppl_training')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('held_on', '>=', from)
      .where('held_on', '<=', to)
      .execute(),
    db
      .selectFrom('ppl_external')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .execute(),
  ]);
  return {
    employees: employees.map((e) => ({
      id: e.id,
      externalRef: e.external_ref,
      firstName: e.first_name,
      lastName: e.last_name,
      sex: e.sex,
      birthYear: e.birth_year,
      education: e.education,
    })),
    contracts: contracts.map((c) => ({
      id: c.id,
      employeeId: c.employee_id,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      contractType: c.contract_type,
      weeklyHours: Number(c.weekly_hours),
      fullTimeHours: Number(c.full_time_hours),
      category: c.category,
      jointCommittee: c.joint_committee,
      functionTitle: c.function_title,
      monthlyCostCents: Number(c.monthly_cost_cents),
      exitReason: c.exit_reason,
    })),
    payroll: payroll.map((p) => ({
      employeeId: p.employee_id,
      month: p.month,
      hoursWorked: Number(p.hours_worked),
      costCents: Number(p.cost_cents),
      benefitsCents: Number(p.benefits_cents),
    })),
    absences: absences.map((a) => ({
      id: a.id,
      employeeId: a.employee_id,
      kind: a.kind,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      hours: Number(a.hours),
    })),
    trainings: trainings.map((x) => ({
      id: x.id,
      employeeId: x.employee_id,
      kind: x.kind,
      title: x.title,
      heldOn: x.held_on,
      hours: Number(x.hours),
      grossCostCents: Number(x.gross_cost_cents),
      subsidyCents: Number(x.subsidy_cents),
      fundContributionCents: Number(x.fund_contribution_cents),
    })),
    externals: externals.map((x) => ({
      id: x.id,
      kind: x.kind,
      description: x.description,
      startsOn: x.starts_on,
      endsOn: x.ends_on,
      fte: Number(x.fte),
      hours: Number(x.hours),
      costCents: Number(x.cost_cents),
    })),
  };
}

export { socialBalanceLedger };
