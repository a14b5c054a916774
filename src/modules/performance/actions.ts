/**
 * Improvement actions in a Plan-Do-Check-Act cycle: owner, due date, status, the KPIs and CAF
 * subcriteria they serve, and progress notes. An action is overdue when its due date has passed and
 * it is not done. The rules and transactions; the queries are in queries-actions.ts.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { existingAssessments } from '../caf/public.ts';
import { msg } from './messages.ts';
import type { ActionInput, ActionPatch } from './plan-schema.ts';
import {
  type ActionLinks,
  actionExtras,
  actionStatus,
  existingKpiIds,
  insertAction,
  insertProgressNote,
  listActions,
  replaceLinks,
  updateActionRow,
} from './queries-actions.ts';
import { isMember } from './queries-kpis.ts';
import type { ActionStatus } from './tables.ts';

/** The demo generator, its test and CAF reach these through here. */
export { actionsOfAssessment, deleteAction, listActions } from './queries-actions.ts';

/** Refuses owners who are not members and KPIs or assessments of another organisation, naming the field. */
async function checkReferences(
  db: DbOrTx,
  orgId: string,
  input: { ownerId?: string | null } & ActionLinks,
): Promise<void> {
  const fields: FieldError[] = [];
  if (input.ownerId && !(await isMember(db, orgId, input.ownerId))) {
    fields.push({ path: 'ownerId', message: msg('not_member_organisation') });
  }
  const found = await existingKpiIds(db, orgId, [...new Set(input.kpiIds ?? [])]);
  (input.kpiIds ?? []).forEach((id, i) => {
    if (!found.has(id)) fields.push({ path: `kpiIds.${i}`, message: msg('unknown_indicator') });
  });
  const assessmentIds = [
    ...new Set((input.caf ?? []).map((c) => c.assessmentId).filter((id): id is string => Boolean(id))),
  ];
  if (assessmentIds.length) {
    const known = await existingAssessments(db, orgId, assessmentIds);
    (input.caf ?? []).forEach((c, i) => {
      if (c.assessmentId && !known.has(c.assessmentId))
        fields.push({ path: `caf.${i}.assessmentId`, message: msg('unknown_selfassessment') });
    });
  }
  if (fields.length) {
    const summary = fields.map((f) => f.path).join(', ');
    throw new AppError('validation', msg('invalid_reference', { summary }), { fields });
  }
}

/** Creates an action with its links (KPIs, CAF subcriteria) in one transaction. */
export async function createAction(db: Db, orgId: string, userId: string, input: ActionInput): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    await checkReferences(tx, orgId, input);
    const id = await insertAction(tx, orgId, {
      title: input.title,
      description: input.description ?? '',
      ownerId: input.ownerId ?? null,
      dueDate: input.dueDate ?? null,
      status: input.status ?? 'plan',
      createdBy: userId,
    });
    await replaceLinks(tx, orgId, id, input);
    return { id };
  });
}

/** Changes an action; links given replace the old ones. Leaving 'done' clears the completion date. */
export async function updateAction(db: Db, orgId: string, actionId: string, patch: ActionPatch): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await actionStatus(tx, orgId, actionId);
    await checkReferences(tx, orgId, patch);
    const status = patch.status && patch.status !== before ? patch.status : undefined;
    await updateActionRow(tx, orgId, actionId, { ...patch, status });
    await replaceLinks(tx, orgId, actionId, patch);
  });
}

/** Adds a progress note; with a status it also moves the action to that step of the cycle. */
export async function addProgressNote(
  db: Db,
  orgId: string,
  actionId: string,
  userId: string,
  note: { body: string; status?: ActionStatus },
): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    const before = await actionStatus(tx, orgId, actionId);
    const status = note.status ?? before;
    if (status !== before) await updateActionRow(tx, orgId, actionId, { status });
    return insertProgressNote(tx, orgId, actionId, { body: note.body, status, authorId: userId });
  });
}

/** One action with its description and progress notes (newest first). */
export async function actionDetail(db: Db, orgId: string, actionId: string, today: string) {
  const { row, notes } = await actionExtras(db, orgId, actionId);
  const [summary] = await listActions(db, orgId, today, { actionId });
  return {
    ...summary!,
    description: row.description,
    createdAt: row.created_at.toISOString(),
    progress: notes.map((n) => ({
      id: n.id,
      body: n.body,
      status: n.status,
      author: n.author ?? null,
      at: n.created_at.toISOString(),
    })),
  };
}
