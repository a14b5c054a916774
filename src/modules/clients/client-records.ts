/** A client's record as a whole: the access request (export), erasure, and removing a wrongly entered line. */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { scrubAudit } from '../audit/public.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { agreementRows, clientRow, fundingRows, registrationsOfClient } from './queries-clients.ts';
import { ruleSet } from './rules.ts';
import { revalueRegistrations } from './valuation.ts';

/** Everything stored about one client (GDPR access request). */
export async function exportClient(db: DbOrTx, orgId: string, clientId: string) {
  const client = await clientRow(db, orgId, clientId);
  const [funding, agreements, registrations] = await Promise.all([
    fundingRows(db, orgId, clientId),
    agreementRows(db, orgId, clientId),
    registrationsOfClient(db, orgId, clientId),
  ]);
  // Timestamps as ISO text, as JSON would write them anyway.
  return {
    exportedAt: new Date().toISOString(),
    client: { ...client, created_at: new Date(client.created_at).toISOString() },
    funding,
    agreements: agreements.map((a) => ({ ...a, created_at: new Date(a.created_at).toISOString() })),
    registrations,
  };
}

/**
 * Erases a client and everything linked. Issued statements keep their lines under a random stand-in
 * (`gewist-` and 8 random hex digits, nothing derived from the id), and the audit log's mentions of
 * the client's id and name become that stand-in too. Returns the stand-in.
 */
export async function eraseClient(db: Db, orgId: string, clientId: string): Promise<string> {
  const client = await clientRow(db, orgId, clientId);
  const standIn = `gewist-${randomBytes(4).toString('hex')}`;
  await db.transaction().execute(async (tx) => {
    await sql`UPDATE cl_statement SET doc = replace(doc::text, ${clientId}, ${standIn})::jsonb WHERE org_id = ${orgId}`.execute(
      tx,
    );
    await scrubAudit(tx, orgId, clientId, client.name, standIn);
    await tx.deleteFrom('cl_client').where('org_id', '=', orgId).where('id', '=', clientId).execute();
  });
  return standIn;
}

/** Removes one agreement line or funding record of a client (a wrongly entered line). */
export async function removeClientLine(
  db: DbOrTx,
  orgId: string,
  clientId: string,
  table: 'cl_agreement' | 'cl_funding',
  id: string,
) {
  if (table === 'cl_agreement') {
    const removed = await db
      .deleteFrom('cl_agreement')
      .where('org_id', '=', orgId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .returning('function_code')
      .executeTakeFirst();
    if (!removed) throw AppError.notFound();
    // Without this line its days are valued at another agreed price or the offer's.
    await revalueRegistrations(db, orgId, await ruleSet(db, orgId), { clientId, functionCode: removed.function_code });
    return;
  }
  const r = await db
    .deleteFrom(table)
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}
