import type { DbOrTx } from './db.ts';

/** Whether the person is a member of the organisation (whom a record names as its owner or handler must be). */
export async function isMember(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const m = await db
    .selectFrom('membership')
    .select('id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Boolean(m);
}
