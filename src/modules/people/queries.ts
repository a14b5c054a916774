/** Kysely reads of the people register; every function takes the organisation id. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { fteOf } from './logic/contracts.ts';
import type { ContractAnswer } from './schema.ts';

const num = (v: string | number) => Number(v);

export async function employeeRows(db: DbOrTx, orgId: string, id?: string) {
  let q = db
    .selectFrom('ppl_employee')
    .select([
      'id',
      'external_ref',
      'first_name',
      'last_name',
      'sex',
      'birth_year',
      'education',
      'user_id',
      'created_at',
    ])
    .where('org_id', '=', orgId);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('last_name').orderBy('first_name').orderBy('id').execute();
}
export type EmployeeRow = Awaited<ReturnType<typeof employeeRows>>[number];

/** One employee of the organisation, or 404. */
export async function employeeRow(db: DbOrTx, orgId: string, id: string): Promise<EmployeeRow> {
  const [row] = await employeeRows(db, orgId, id);
  if (!row) throw AppError.notFound();
  return row;
}

/** The contracts of the organisation (or of one employee), by person and start. */
export async function contractRows(db: DbOrTx, orgId: string, employeeId?: string) {
  let q = db.selectFrom('ppl_contract').selectAll().where('org_id', '=', orgId);
  if (employeeId) q = q.where('employee_id', '=', employeeId);
  const rows = await q.orderBy('employee_id').orderBy('starts_on').execute();
  return rows.map((r) => ({ employeeId: r.employee_id, ...presentContract(r) }));
}

export function presentContract(r: {
  id: string;
  starts_on: string;
  ends_on: string | null;
  contract_type: ContractAnswer['contractType'];
  weekly_hours: string | number;
  full_time_hours: string | number;
  category: ContractAnswer['category'];
  joint_committee: string;
  function_title: string;
  monthly_cost_cents: number | string;
  exit_reason: ContractAnswer['exitReason'];
}): ContractAnswer {
  const weeklyHours = num(r.weekly_hours);
  const fullTimeHours = num(r.full_time_hours);
  return {
    id: r.id,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    contractType: r.contract_type,
    weeklyHours,
    fullTimeHours,
    fte: fteOf(weeklyHours, fullTimeHours),
    category: r.category,
    jointCommittee: r.joint_committee,
    functionTitle: r.function_title,
    monthlyCostCents: num(r.monthly_cost_cents),
    exitReason: r.exit_reason,
  };
}

export async function absenceRows(db: DbOrTx, orgId: string, employeeId: string) {
  const rows = await db
    .selectFrom('ppl_absence')
    .select(['id', 'kind', 'starts_on', 'ends_on', 'hours', 'note'])
    .where('org_id', '=', orgId)
    .where('employee_id', '=', employeeId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    hours: num(r.hours),
    note: r.note,
  }));
}

export async function trainingRows(db: DbOrTx, orgId: string, employeeId: string) {
  const rows = await db
    .selectFrom('ppl_training')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('employee_id', '=', employeeId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    heldOn: r.held_on,
    hours: num(r.hours),
    grossCostCents: num(r.gross_cost_cents),
    subsidyCents: num(r.subsidy_cents),
    fundContributionCents: num(r.fund_contribution_cents),
  }));
}

export async function payrollRows(db: DbOrTx, orgId: string, employeeId: string) {
  const rows = await db
    .selectFrom('ppl_payroll_month')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('employee_id', '=', employeeId)
    .orderBy('month')
    .execute();
  return rows.map((r) => ({
    month: r.month.slice(0, 7),
    hoursWorked: num(r.hours_worked),
    costCents: num(r.cost_cents),
    benefitsCents: num(r.benefits_cents),
  }));
}

/** True when `userId` is a member of the organisation. */
export async function isMember(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('membership')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The employee linked to a member account, if any. */
export async function employeeOfUser(db: DbOrTx, orgId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('ppl_employee')
    .select('id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** 404 unless `id` is an employee of the organisation. */
export async function requireEmployee(db: DbOrTx, orgId: string, id: string): Promise<void> {
  await employeeRow(db, orgId, id);
}
