/** Employees: the list with the current contract, one person's file, create and change. */
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { currentOrLast, runningOn, spellStart } from './logic/contracts.ts';
import { msg } from './messages.ts';
import {
  absenceRows,
  contractRows,
  type EmployeeRow,
  employeeRow,
  employeeRows,
  isMember,
  payrollRows,
  trainingRows,
} from './queries.ts';
import type { ContractAnswer, EmployeeDetail, EmployeeInput, EmployeeSummary } from './schema.ts';

function summary(row: EmployeeRow, contracts: ContractAnswer[], day: string): EmployeeSummary {
  const shown = currentOrLast(contracts, day);
  return {
    id: row.id,
    externalRef: row.external_ref,
    firstName: row.first_name,
    lastName: row.last_name,
    sex: row.sex,
    birthYear: row.birth_year,
    education: row.education,
    userId: row.user_id,
    current: runningOn(contracts, day) ?? null,
    since: shown ? spellStart(contracts, shown) : null,
  };
}

/** Every employee of the organisation with the contract running today (Brussels). */
export async function listEmployees(db: DbOrTx, orgId: string): Promise<EmployeeSummary[]> {
  const [rows, contracts] = await Promise.all([employeeRows(db, orgId), contractRows(db, orgId)]);
  const byPerson = new Map<string, ContractAnswer[]>();
  for (const { employeeId, ...c } of contracts) byPerson.set(employeeId, [...(byPerson.get(employeeId) ?? []), c]);
  const day = today();
  return rows.map((r) => summary(r, byPerson.get(r.id) ?? [], day));
}

/** One person's file: contracts, absences, trainings and payroll months. */
export async function employeeDetail(db: DbOrTx, orgId: string, id: string): Promise<EmployeeDetail> {
  const row = await employeeRow(db, orgId, id);
  const [contracts, absences, trainings, payroll] = await Promise.all([
    contractRows(db, orgId, id),
    absenceRows(db, orgId, id),
    trainingRows(db, orgId, id),
    payrollRows(db, orgId, id),
  ]);
  const plain = contracts.map(({ employeeId: _, ...c }) => c);
  return { ...summary(row, plain, today()), contracts: plain, absences, trainings, payroll };
}

/** The employee of the organisation (if any) holding `value` in a column that must be unique per organisation. */
async function employeeWith(db: DbOrTx, orgId: string, column: 'user_id' | 'external_ref', value: string) {
  const row = await db
    .selectFrom('ppl_employee')
    .select('id')
    .where('org_id', '=', orgId)
    .where(column, '=', value)
    .executeTakeFirst();
  return row?.id;
}

async function checkLinks(db: DbOrTx, orgId: string, input: Partial<EmployeeInput>, selfId?: string) {
  if (input.userId) {
    if (!(await isMember(db, orgId, input.userId))) throw invalidField('userId', msg('not_a_member'));
    const other = await employeeWith(db, orgId, 'user_id', input.userId);
    if (other && other !== selfId) throw invalidField('userId', msg('user_already_linked'), 'conflict');
  }
  if (input.externalRef) {
    const other = await employeeWith(db, orgId, 'external_ref', input.externalRef);
    if (other && other !== selfId)
      throw invalidField('externalRef', msg('duplicate_ref', { ref: input.externalRef }), 'conflict');
  }
}

export async function createEmployee(db: DbOrTx, orgId: string, input: EmployeeInput): Promise<string> {
  await checkLinks(db, orgId, input);
  const row = await db
    .insertInto('ppl_employee')
    .values({
      org_id: orgId,
      external_ref: input.externalRef ?? null,
      first_name: input.firstName,
      last_name: input.lastName,
      sex: input.sex,
      birth_year: input.birthYear ?? null,
      education: input.education ?? null,
      user_id: input.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEmployee(db: DbOrTx, orgId: string, id: string, patch: Partial<EmployeeInput>) {
  await employeeRow(db, orgId, id);
  await checkLinks(db, orgId, patch, id);
  const set = {
    ...(patch.externalRef !== undefined ? { external_ref: patch.externalRef } : {}),
    ...(patch.firstName !== undefined ? { first_name: patch.firstName } : {}),
    ...(patch.lastName !== undefined ? { last_name: patch.lastName } : {}),
    ...(patch.sex !== undefined ? { sex: patch.sex } : {}),
    ...(patch.birthYear !== undefined ? { birth_year: patch.birthYear } : {}),
    ...(patch.education !== undefined ? { education: patch.education } : {}),
    ...(patch.userId !== undefined ? { user_id: patch.userId } : {}),
  };
  if (Object.keys(set).length === 0) return;
  const r = await db.updateTable('ppl_employee').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
  if (!r[0]?.numUpdatedRows) throw AppError.notFound();
}
