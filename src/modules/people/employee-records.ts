/** An employee's record as a whole: the access request (export) and erasure. */
import { randomBytes } from 'node:crypto';
import { scrubAudit } from '../audit/public.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { employeeDetail } from './employees.ts';
import { employeeRow } from './queries.ts';

/** Everything stored about one employee (GDPR access request). */
export async function exportEmployee(db: DbOrTx, orgId: string, employeeId: string) {
  const row = await employeeRow(db, orgId, employeeId);
  const detail = await employeeDetail(db, orgId, employeeId);
  return {
    exportedAt: new Date().toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    ...detail,
  };
}

/**
 * Erases an employee with their contracts, payroll months, absences and trainings (and what other
 * modules keep about them through the foreign key). The audit log's mentions of the person's id and
 * name become a random stand-in (`gewist-` and 8 hex digits, nothing derived from the id), returned.
 */
export async function eraseEmployee(db: Db, orgId: string, employeeId: string): Promise<string> {
  const row = await employeeRow(db, orgId, employeeId);
  const standIn = `gewist-${randomBytes(4).toString('hex')}`;
  await db.transaction().execute(async (tx) => {
    await scrubAudit(tx, orgId, employeeId, `${row.first_name} ${row.last_name}`, standIn);
    await tx.deleteFrom('ppl_employee').where('org_id', '=', orgId).where('id', '=', employeeId).execute();
  });
  return standIn;
}
