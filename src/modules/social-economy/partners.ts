/** Partner enterprises, their contacts and the members of the `partner` role linked to them. */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { msg } from './messages.ts';
import type { ContactInput, Partner, PartnerDetail, PartnerInput } from './schema.ts';
import type { Scope } from './scope.ts';

/** The partner enterprises in scope, with their numbers of workers and agreements. */
export async function listPartners(db: DbOrTx, orgId: string, scope: Scope): Promise<Partner[]> {
  let q = db
    .selectFrom('se_partner as p')
    .select(['p.id', 'p.name', 'p.kind', 'p.kbo', 'p.address', 'p.notes'])
    .select((eb) => [
      eb
        .selectFrom('se_worker as w')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('w.partner_id', '=', 'p.id')
        .as('workers'),
      eb
        .selectFrom('se_agreement as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.partner_id', '=', 'p.id')
        .as('agreements'),
    ])
    .where('p.org_id', '=', orgId)
    .orderBy('p.name');
  if (scope.partnerId !== null) q = q.where('p.id', '=', scope.partnerId);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, workers: Number(r.workers ?? 0), agreements: Number(r.agreements ?? 0) }));
}

/** A partner in scope, or 404 (another organisation's or another enterprise's alike). */
export async function requirePartner(db: DbOrTx, orgId: string, scope: Scope, partnerId: string): Promise<Partner> {
  const found = (await listPartners(db, orgId, scope)).find((p) => p.id === partnerId);
  if (!found) throw new AppError('not_found', msg('partner_not_found'));
  return found;
}

/** The partner named in an input, or a field error on `field`. */
export async function checkPartner(db: DbOrTx, orgId: string, scope: Scope, partnerId: string, field = 'partnerId') {
  if (scope.partnerId !== null && scope.partnerId !== partnerId)
    throw invalidField(field, msg('unknown_partner'), 'not_found');
  const row = await db
    .selectFrom('se_partner')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
  if (!row) throw invalidField(field, msg('unknown_partner'), 'not_found');
  return row;
}

export async function partnerDetail(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  partnerId: string,
): Promise<PartnerDetail> {
  const p = await requirePartner(db, orgId, scope, partnerId);
  const contacts = await db
    .selectFrom('se_contact')
    .select(['id', 'name', 'function', 'email', 'phone'])
    .where('org_id', '=', orgId)
    .where('partner_id', '=', partnerId)
    .orderBy('name')
    .execute();
  const coaches = await db
    .selectFrom('se_partner_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.user_id as userId', 'u.name', 'u.email'])
    .where('m.org_id', '=', orgId)
    .where('m.partner_id', '=', partnerId)
    .orderBy('u.name')
    .execute();
  return { ...p, contacts, coaches };
}

function nameTaken(e: unknown): never {
  if (e instanceof Error && /se_partner_org_id_name_key|unique/i.test(e.message))
    throw new AppError('conflict', msg('partner_taken'), { fields: [{ path: 'name', message: msg('partner_taken') }] });
  throw e;
}

export async function createPartner(db: DbOrTx, orgId: string, input: PartnerInput): Promise<string> {
  const row = await db
    .insertInto('se_partner')
    .values({
      org_id: orgId,
      name: input.name,
      kind: input.kind,
      kbo: input.kbo ?? '',
      address: input.address ?? '',
      notes: input.notes ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .catch(nameTaken);
  return row.id;
}

export async function updatePartner(db: DbOrTx, orgId: string, partnerId: string, input: Partial<PartnerInput>) {
  await requirePartner(db, orgId, { partnerId: null }, partnerId);
  const values = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.kbo !== undefined && { kbo: input.kbo }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.notes !== undefined && { notes: input.notes }),
  };
  if (Object.keys(values).length === 0) return;
  await db
    .updateTable('se_partner')
    .set(values)
    .where('org_id', '=', orgId)
    .where('id', '=', partnerId)
    .execute()
    .catch(nameTaken);
}

export async function deletePartner(db: DbOrTx, orgId: string, partnerId: string) {
  const p = await requirePartner(db, orgId, { partnerId: null }, partnerId);
  if (p.workers > 0 || p.agreements > 0) throw new AppError('conflict', msg('partner_in_use'));
  await db.deleteFrom('se_partner').where('org_id', '=', orgId).where('id', '=', partnerId).execute();
}

export async function addContact(db: DbOrTx, orgId: string, partnerId: string, input: ContactInput): Promise<string> {
  await requirePartner(db, orgId, { partnerId: null }, partnerId);
  const row = await db
    .insertInto('se_contact')
    .values({
      org_id: orgId,
      partner_id: partnerId,
      name: input.name,
      function: input.function ?? '',
      email: input.email ?? '',
      phone: input.phone ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteContact(db: DbOrTx, orgId: string, partnerId: string, contactId: string) {
  const gone = await db
    .deleteFrom('se_contact')
    .where('org_id', '=', orgId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw new AppError('not_found', msg('contact_not_found'));
}

/** Links a member of the `partner` role to one enterprise (or unlinks with null). */
export async function linkPartnerMember(db: DbOrTx, orgId: string, userId: string, partnerId: string | null) {
  const member = await db
    .selectFrom('membership')
    .select('role')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (member?.role !== 'partner') throw invalidField('userId', msg('unknown_member'), 'not_found');
  if (partnerId === null) {
    await db.deleteFrom('se_partner_member').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
    return;
  }
  await checkPartner(db, orgId, { partnerId: null }, partnerId);
  await db
    .insertInto('se_partner_member')
    .values({ org_id: orgId, user_id: userId, partner_id: partnerId })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ partner_id: partnerId }))
    .execute();
}

/** Members of the `partner` role with the enterprise they are linked to (for the link picker). */
export async function partnerMembers(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .leftJoin('se_partner_member as l', (j) => j.onRef('l.user_id', '=', 'm.user_id').on('l.org_id', '=', orgId))
    .select(['m.user_id as userId', 'u.name', 'u.email', 'l.partner_id as partnerId'])
    .where('m.org_id', '=', orgId)
    .where('m.role', '=', 'partner')
    .orderBy('u.name')
    .execute();
}
