/**
 * Who works here, for other modules (competences): employees by organisation, by member account and
 * by id, and an employee's trainings. Names only; nothing of contracts, pay or absence.
 */
import type { Db } from '../../server/db.ts';

export interface EmployeeName {
  id: string;
  firstName: string;
  lastName: string;
  userId: string | null;
}

export interface TrainingRef {
  id: string;
  employeeId: string;
  title: string;
  heldOn: string;
  hours: number;
}

const nameColumns = ['id', 'first_name', 'last_name', 'user_id'] as const;
const toName = (r: { id: string; first_name: string; last_name: string; user_id: string | null }): EmployeeName => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  userId: r.user_id,
});

/** Every employee of the organisation, by last name. */
export async function employeesOf(db: Db, orgId: string): Promise<EmployeeName[]> {
  const rows = await db
    .selectFrom('ppl_employee')
    .select(nameColumns)
    .where('org_id', '=', orgId)
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
  return rows.map(toName);
}

/** How many employees the organisation has (the team of its heat map). */
export async function employeeCount(db: Db, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('ppl_employee')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The employee of the organisation, or null. */
export async function employeeIn(db: Db, orgId: string, employeeId: string): Promise<EmployeeName | null> {
  const row = await db
    .selectFrom('ppl_employee')
    .select(nameColumns)
    .where('org_id', '=', orgId)
    .where('id', '=', employeeId)
    .executeTakeFirst();
  return row ? toName(row) : null;
}

/** The employee linked to a member account in the organisation (self-service), or null. */
export async function employeeNameOfUser(db: Db, orgId: string, userId: string): Promise<EmployeeName | null> {
  const row = await db
    .selectFrom('ppl_employee')
    .select(nameColumns)
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .executeTakeFirst();
  return row ? toName(row) : null;
}

/** The trainings of the organisation with these ids, or of one employee. */
export async function trainingsOf(
  db: Db,
  orgId: string,
  by: { ids: string[] } | { employeeId: string },
): Promise<TrainingRef[]> {
  if ('ids' in by && by.ids.length === 0) return [];
  let q = db
    .selectFrom('ppl_training')
    .select(['id', 'employee_id', 'title', 'held_on', 'hours'])
    .where('org_id', '=', orgId);
  q = 'ids' in by ? q.where('id', 'in', by.ids) : q.where('employee_id', '=', by.employeeId);
  const rows = await q.orderBy('held_on', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    title: r.title,
    heldOn: r.held_on,
    hours: Number(r.hours),
  }));
}
