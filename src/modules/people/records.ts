/** A person's absences, trainings and payroll months: add, replace (payroll) and remove. */
import type { Insertable } from 'kysely';
import type { Database, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { employeeRow } from './queries.ts';
import type { AbsenceInput, PayrollInput, TrainingInput } from './schema.ts';

/** Adds one absence or training of an employee of the organisation (else 404) and gives its id. */
async function addRecord<T extends 'ppl_absence' | 'ppl_training'>(
  db: DbOrTx,
  orgId: string,
  employeeId: string,
  table: T,
  columns: Omit<Insertable<Database[T]>, 'org_id' | 'employee_id'>,
): Promise<string> {
  await employeeRow(db, orgId, employeeId);
  const values = { org_id: orgId, employee_id: employeeId, ...columns };
  // tsc cannot match the spread of a generic table's columns with Kysely's insert types, so say it.
  const r = await db
    .insertInto(table)
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function addAbsence(db: DbOrTx, orgId: string, employeeId: string, a: AbsenceInput): Promise<string> {
  const columns = { kind: a.kind, starts_on: a.startsOn, ends_on: a.endsOn, hours: a.hours, note: a.note };
  return addRecord(db, orgId, employeeId, 'ppl_absence', columns);
}

export function addTraining(db: DbOrTx, orgId: string, employeeId: string, t: TrainingInput): Promise<string> {
  return addRecord(db, orgId, employeeId, 'ppl_training', {
    kind: t.kind,
    title: t.title,
    held_on: t.heldOn,
    hours: t.hours,
    gross_cost_cents: t.grossCostCents,
    subsidy_cents: t.subsidyCents,
    fund_contribution_cents: t.fundContributionCents,
  });
}

/** Sets one payroll month of a person (a second call for the same month replaces it). */
export async function putPayrollMonth(db: DbOrTx, orgId: string, employeeId: string, p: PayrollInput) {
  await employeeRow(db, orgId, employeeId);
  const values = { hours_worked: p.hoursWorked, cost_cents: p.costCents, benefits_cents: p.benefitsCents };
  await db
    .insertInto('ppl_payroll_month')
    .values({ org_id: orgId, employee_id: employeeId, month: `${p.month}-01`, ...values })
    .onConflict((oc) => oc.columns(['employee_id', 'month']).doUpdateSet(values))
    .execute();
}

/** Removes one contract, absence or training of a person (a wrongly entered line). */
export async function removeRecord(
  db: DbOrTx,
  orgId: string,
  employeeId: string,
  table: 'ppl_contract' | 'ppl_absence' | 'ppl_training',
  id: string,
) {
  const r = await db
    .deleteFrom(table)
    .where('org_id', '=', orgId)
    .where('employee_id', '=', employeeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}
