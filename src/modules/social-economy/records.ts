/** A placed worker's POP goals and evaluations. */
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import type { GoalStatus } from './logic/types.ts';
import { msg } from './messages.ts';
import type { Scope } from './scope.ts';
import { requireWorker } from './workers.ts';

export async function addGoal(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  workerId: string,
  input: { description: string; dueOn?: string | null; status?: GoalStatus },
) {
  await requireWorker(db, orgId, scope, workerId);
  const row = await db
    .insertInto('se_goal')
    .values({
      org_id: orgId,
      worker_id: workerId,
      description: input.description,
      due_on: input.dueOn ?? null,
      status: input.status ?? 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateGoal(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  workerId: string,
  goalId: string,
  patch: { description?: string; dueOn?: string | null; status?: GoalStatus },
) {
  await requireWorker(db, orgId, scope, workerId);
  const set = {
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.dueOn !== undefined && { due_on: patch.dueOn }),
    ...(patch.status !== undefined && { status: patch.status }),
  };
  const done = await db
    .updateTable('se_goal')
    .set(set)
    .where('org_id', '=', orgId)
    .where('worker_id', '=', workerId)
    .where('id', '=', goalId)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw new AppError('not_found', msg('worker_not_found'));
}

export async function addEvaluation(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  workerId: string,
  userId: string,
  input: { evaluatedOn: string; score?: number | null; summary: string },
) {
  await requireWorker(db, orgId, scope, workerId);
  if (input.evaluatedOn > today()) throw invalidField('evaluatedOn', msg('not_in_future'));
  const row = await db
    .insertInto('se_evaluation')
    .values({
      org_id: orgId,
      worker_id: workerId,
      evaluated_on: input.evaluatedOn,
      score: input.score ?? null,
      summary: input.summary,
      evaluated_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
