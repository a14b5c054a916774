/** Test set-up for the people module: employees and trainings written straight to the tables (other modules' tests). */
import type { Db } from '../../server/db.ts';

let n = 0;

/** An employee of `orgId` (optionally linked to a member account); returns its id. */
export async function sampleEmployee(
  db: Db,
  orgId: string,
  opts: { firstName?: string; lastName?: string; userId?: string | null } = {},
): Promise<string> {
  const row = await db
    .insertInto('ppl_employee')
    .values({
      org_id: orgId,
      external_ref: `T${++n}`,
      first_name: opts.firstName ?? 'Test',
      last_name: opts.lastName ?? `Medewerker ${n}`,
      sex: n % 2 ? 'female' : 'male',
      birth_year: 1985,
      education: 'higher_non_university',
      user_id: opts.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A completed training of an employee; returns its id. */
export async function sampleTraining(
  db: Db,
  orgId: string,
  employeeId: string,
  opts: { title?: string; heldOn?: string } = {},
): Promise<string> {
  const row = await db
    .insertInto('ppl_training')
    .values({
      org_id: orgId,
      employee_id: employeeId,
      kind: 'formal',
      title: opts.title ?? 'Opleiding medicatie',
      held_on: opts.heldOn ?? '2026-03-10',
      hours: 7.5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
