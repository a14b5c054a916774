import { sql, type Selectable } from 'kysely';
import type { Db, DbOrTx as Tx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { formatKbo, normalizeKbo, type OrgType } from './logic.ts';
import type { Role } from './policy.ts';
import type { Member, Organisation, OrganisationInput } from './schema.ts';
import type { OrganisationTable } from './tables.ts';
import { msg } from './messages.ts';

function toOrganisation(r: Selectable<OrganisationTable>): Organisation {
  return {
    id: r.id,
    name: r.name,
    kbo: r.kbo ? formatKbo(r.kbo) : null,
    type: r.type as OrgType,
    fiscalYearStartMonth: r.fiscal_year_start_month,
    language: r.language as 'nl' | 'en',
    createdAt: r.created_at.toISOString(),
  };
}

const KBO_TAKEN = new AppError('conflict', msg('enterprise_number_already_registered'), {
  fields: [{ path: 'kbo', message: msg('already_registered') }],
});

/** Creates an organisation; the creator (if any) becomes its `beheerder`. */
export async function createOrganisation(
  db: Tx,
  input: OrganisationInput,
  opts: { creatorUserId?: string; isDemo?: boolean } = {},
): Promise<Organisation> {
  const kbo = input.kbo ? normalizeKbo(input.kbo) : null;
  if (kbo && (await db.selectFrom('organisation').select('id').where('kbo', '=', kbo).executeTakeFirst()))
    throw KBO_TAKEN;
  const row = await db
    .insertInto('organisation')
    .values({
      name: input.name,
      kbo,
      type: input.type,
      fiscal_year_start_month: input.fiscalYearStartMonth,
      language: input.language,
      is_demo: opts.isDemo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (opts.creatorUserId) {
    await db
      .insertInto('membership')
      .values({ org_id: row.id, user_id: opts.creatorUserId, role: 'beheerder' })
      .execute();
  }
  return toOrganisation(row);
}

export async function getOrganisation(db: Tx, orgId: string): Promise<Organisation> {
  const row = await db.selectFrom('organisation').selectAll().where('id', '=', orgId).executeTakeFirst();
  if (!row) throw AppError.notFound();
  return toOrganisation(row);
}

/** Changes the organisation's settings; answers the organisation as it was before and after. */
export async function updateOrganisation(
  db: Db,
  orgId: string,
  patch: Partial<OrganisationInput>,
): Promise<{ before: Organisation; after: Organisation }> {
  const before = await getOrganisation(db, orgId);
  const kbo = patch.kbo === undefined ? undefined : patch.kbo ? normalizeKbo(patch.kbo) : null;
  if (kbo) {
    const other = await db
      .selectFrom('organisation')
      .select('id')
      .where('kbo', '=', kbo)
      .where('id', '!=', orgId)
      .executeTakeFirst();
    if (other) throw KBO_TAKEN;
  }
  const row = await db
    .updateTable('organisation')
    .set({
      name: patch.name,
      kbo,
      type: patch.type,
      fiscal_year_start_month: patch.fiscalYearStartMonth,
      language: patch.language,
    })
    .where('id', '=', orgId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after: toOrganisation(row) };
}

function memberQuery(db: Tx, orgId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'u.email', 'u.name', 'm.role', 'm.created_at', 'u.last_login_at'])
    .where('m.org_id', '=', orgId);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['executeTakeFirstOrThrow']>>;

function toMember(r: MemberRow): Member {
  return {
    id: r.id,
    userId: r.user_id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    createdAt: r.created_at.toISOString(),
    lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
  };
}

export async function listMembers(db: Tx, orgId: string): Promise<Member[]> {
  return (await memberQuery(db, orgId).orderBy('u.name').execute()).map(toMember);
}

export async function getMember(db: Tx, orgId: string, memberId: string): Promise<Member> {
  const row = await memberQuery(db, orgId).where('m.id', '=', memberId).executeTakeFirst();
  if (!row) throw AppError.notFound();
  return toMember(row);
}

export async function findUserByEmail(db: Tx, email: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** The id of the membership of `userId` in the organisation, or undefined when they are no member. */
export async function membershipId(db: Tx, orgId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('membership')
    .select('id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.id;
}

/** Adds a person to the organisation, creating the user when the email is new. */
export async function addMember(
  db: Tx,
  orgId: string,
  input: { email: string; name: string; role: Role; passwordHash?: string | null },
): Promise<{ member: Member; userIsNew: boolean }> {
  let user = await findUserByEmail(db, input.email);
  const userIsNew = !user;
  if (!user) {
    user = await db
      .insertInto('app_user')
      .values({ email: input.email.trim().toLowerCase(), name: input.name, password_hash: input.passwordHash ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  if (await membershipId(db, orgId, user.id)) {
    throw new AppError('conflict', msg('person_already_member_organisation'), {
      fields: [{ path: 'email', message: msg('already_member') }],
    });
  }
  const m = await db
    .insertInto('membership')
    .values({ org_id: orgId, user_id: user.id, role: input.role })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { member: await getMember(db, orgId, m.id), userIsNew };
}

/** Refuses a change that would leave the organisation without any `beheerder`. */
async function keepOneAdministrator(db: Tx, orgId: string, memberId: string): Promise<void> {
  const admins = await db
    .selectFrom('membership')
    .select('id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'beheerder')
    .execute();
  if (admins.length === 1 && admins[0]!.id === memberId) {
    throw new AppError('conflict', msg('organisation_must_keep_least'));
  }
}

export async function changeMemberRole(
  db: Tx,
  orgId: string,
  memberId: string,
  role: Role,
): Promise<{ before: Member; after: Member }> {
  const before = await getMember(db, orgId, memberId);
  if (before.role === 'beheerder' && role !== 'beheerder') await keepOneAdministrator(db, orgId, memberId);
  await db.updateTable('membership').set({ role }).where('id', '=', memberId).where('org_id', '=', orgId).execute();
  return { before, after: await getMember(db, orgId, memberId) };
}

export async function removeMember(db: Tx, orgId: string, memberId: string): Promise<Member> {
  const member = await getMember(db, orgId, memberId);
  if (member.role === 'beheerder') await keepOneAdministrator(db, orgId, memberId);
  await db.deleteFrom('membership').where('id', '=', memberId).where('org_id', '=', orgId).execute();
  return member;
}
