/**
 * Improvement actions that come from a complaint: one click on the complaint makes the action, linked
 * by its origin; the complaint's page lists the actions whose origin it is. The complaint is checked
 * through complaints/public.ts (complaints does not know performance: performance consumes its figures).
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { complaintForAction } from '../complaints/public.ts';
import { createAction } from './actions.ts';
import { msg } from './messages.ts';

export type Origin = { kind: 'complaint'; id: string };

/** Creates an improvement action from a complaint (404 when the complaint is not the organisation's). */
export async function createActionFromComplaint(
  db: Db,
  orgId: string,
  userId: string,
  complaintId: string,
): Promise<{ id: string }> {
  const complaint = await complaintForAction(db, orgId, complaintId);
  if (!complaint) throw AppError.notFound();
  // Whoever makes the action owns it until it is handed on; it measures itself on the complaints KPI.
  const complaintsKpi = await db
    .selectFrom('kpi')
    .select('id')
    .where('org_id', '=', orgId)
    .where('code', '=', 'COMPLAINTS')
    .where('archived', '=', false)
    .executeTakeFirst();
  const { id } = await createAction(db, orgId, userId, {
    title: msg('action_from_complaint', { subject: complaint.subject }).nl.slice(0, 200),
    description: '',
    ownerId: userId,
    kpiIds: complaintsKpi ? [complaintsKpi.id] : [],
  });
  await db
    .updateTable('perf_action')
    .set({ origin_kind: 'complaint', origin_id: complaintId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
  return { id };
}

/** The actions whose origin is `origin`, oldest first (404 when the complaint is not the organisation's). */
export async function actionsOfOrigin(db: DbOrTx, orgId: string, origin: Origin) {
  if (!(await complaintForAction(db, orgId, origin.id))) throw AppError.notFound();
  const rows = await db
    .selectFrom('perf_action')
    .select(['id', 'title', 'status', 'due_date'])
    .where('org_id', '=', orgId)
    .where('origin_kind', '=', origin.kind)
    .where('origin_id', '=', origin.id)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, dueDate: r.due_date }));
}
