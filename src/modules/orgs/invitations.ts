/** Invitations of people who already have an account: queries (Kysely only). */
import { sql, type Selectable } from 'kysely';
import type { DbOrTx as Tx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { Role } from './policy.ts';
import type { Invitation, MyInvitation } from './schema.ts';
import type { InvitationTable } from './tables.ts';
import { msg } from './messages.ts';
import { membershipId } from './queries.ts';

const ALREADY_INVITED = new AppError('conflict', msg('person_already_been_invited'), {
  fields: [{ path: 'email', message: msg('already_invited') }],
});

function toInvitation(r: Selectable<InvitationTable>): Invitation {
  return { id: r.id, email: r.email, role: r.role as Role, status: 'pending', createdAt: r.created_at.toISOString() };
}

/** Invites `email` (an existing person) to the organisation with `role`. */
export async function createInvitation(
  db: Tx,
  orgId: string,
  input: { email: string; role: Role },
): Promise<Invitation> {
  const email = input.email.trim().toLowerCase();
  const pending = await db
    .selectFrom('invitation')
    .select('id')
    .where('org_id', '=', orgId)
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
  if (pending) throw ALREADY_INVITED;
  const row = await db
    .insertInto('invitation')
    .values({ org_id: orgId, email, role: input.role })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toInvitation(row);
}

/** The organisation's pending invitations, newest first. */
export async function listInvitations(db: Tx, orgId: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitation')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toInvitation);
}

/** Withdraws a pending invitation of the organisation; another organisation's answers "not found". */
export async function withdrawInvitation(db: Tx, orgId: string, invitationId: string): Promise<Invitation> {
  const row = await db
    .deleteFrom('invitation')
    .where('id', '=', invitationId)
    .where('org_id', '=', orgId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return toInvitation(row);
}

/** The pending invitations addressed to a person's e-mail address, with the organisation's name. */
export async function invitationsOf(db: Tx, email: string): Promise<MyInvitation[]> {
  const rows = await db
    .selectFrom('invitation as i')
    .innerJoin('organisation as o', 'o.id', 'i.org_id')
    .select(['i.id', 'o.name as org_name', 'i.role', 'i.created_at'])
    .where(sql`lower(i.email)`, '=', email.toLowerCase())
    .orderBy('i.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orgName: r.org_name,
    role: r.role as Role,
    createdAt: r.created_at.toISOString(),
  }));
}

/**
 * Ends a person's own invitation: on accept they become a member with the invited role. An
 * invitation addressed to someone else answers "not found".
 */
export async function answerInvitation(
  db: Tx,
  person: { id: string; email: string },
  invitationId: string,
  accept: boolean,
): Promise<{ orgId: string; role: Role; membershipId: string | null }> {
  const row = await db
    .deleteFrom('invitation')
    .where('id', '=', invitationId)
    .where(sql`lower(email)`, '=', person.email.toLowerCase())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  if (!accept) return { orgId: row.org_id, role: row.role as Role, membershipId: null };
  let membership = await membershipId(db, row.org_id, person.id);
  if (!membership) {
    const added = await db
      .insertInto('membership')
      .values({ org_id: row.org_id, user_id: person.id, role: row.role })
      .returning('id')
      .executeTakeFirstOrThrow();
    membership = added.id;
  }
  return { orgId: row.org_id, role: row.role as Role, membershipId: membership };
}
