/**
 * Who works in which group (`cl_group_member`). A begeleider's caseload holds the clients of the
 * groups they work in, besides the clients they follow (policy VIEW_RULES, clients/caseload.ts).
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { msg } from './messages.ts';

/** Per group id the members who work in it, by name. */
export async function membersPerGroup(
  db: DbOrTx,
  orgId: string,
): Promise<Map<string, { userId: string; name: string }[]>> {
  const rows = await db
    .selectFrom('cl_group_member as gm')
    .innerJoin('app_user as u', 'u.id', 'gm.user_id')
    .select(['gm.group_id', 'gm.user_id', 'u.name'])
    .where('gm.org_id', '=', orgId)
    .orderBy('u.name')
    .execute();
  const out = new Map<string, { userId: string; name: string }[]>();
  for (const r of rows) out.set(r.group_id, [...(out.get(r.group_id) ?? []), { userId: r.user_id, name: r.name }]);
  return out;
}

/** The organisation's members (name and role) who can be put in a group. */
export async function groupCandidates(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.name', 'm.role'])
    .where('m.org_id', '=', orgId)
    .where('m.role', 'in', ['directie', 'staf', 'begeleider'])
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name, role: r.role }));
}

/**
 * Sets who works in a group (the whole list, in one transaction). 404 for another organisation's
 * group; 400 naming `userIds.N` for someone who is not a member.
 */
export async function setGroupMembers(
  db: Db,
  orgId: string,
  groupId: string,
  userIds: readonly string[],
): Promise<void> {
  const group = await db
    .selectFrom('cl_group')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw AppError.notFound();
  const unique = [...new Set(userIds)];
  const known = new Set((await groupCandidates(db, orgId)).map((c) => c.userId));
  const bad = userIds.findIndex((id) => !known.has(id));
  if (bad >= 0) {
    throw new AppError('validation', msg('only_members_organisation_directie'), {
      fields: [{ path: `userIds.${bad}`, message: msg('not_member') }],
    });
  }
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('cl_group_member').where('org_id', '=', orgId).where('group_id', '=', groupId).execute();
    if (unique.length)
      await tx
        .insertInto('cl_group_member')
        .values(unique.map((userId) => ({ org_id: orgId, group_id: groupId, user_id: userId })))
        .execute();
  });
}
