/** Kysely queries of the clients module that need no orchestration; every function takes the organisation. */
import type { z } from 'zod';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { waitingInput } from './schema.ts';

type WaitingInput = z.infer<typeof waitingInput>;

/** Adds a request to the organisation's waiting list; returns its id. */
export async function addWaitingRequest(db: DbOrTx, orgId: string, w: WaitingInput): Promise<string> {
  const row = await db
    .insertInto('cl_waiting_request')
    .values({
      org_id: orgId,
      reference: w.reference,
      priority_group: w.priorityGroup,
      requested_on: w.requestedOn,
      decided_on: w.decidedOn ?? null,
      needs: JSON.stringify(w.needs),
      intensity: w.intensity ?? '',
      status: w.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes the given fields of a waiting request; "not found" for another organisation's request. */
export async function updateWaitingRequest(
  db: DbOrTx,
  orgId: string,
  requestId: string,
  w: Partial<WaitingInput>,
): Promise<void> {
  const r = await db
    .updateTable('cl_waiting_request')
    .set({
      reference: w.reference,
      priority_group: w.priorityGroup,
      requested_on: w.requestedOn,
      decided_on: w.decidedOn,
      needs: w.needs ? JSON.stringify(w.needs) : undefined,
      intensity: w.intensity,
      status: w.status,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!r.numUpdatedRows) throw AppError.notFound();
}
