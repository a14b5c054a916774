/** The competence catalogue and the role profiles of an organisation (Kysely; every query scoped by org). */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { requirementsOf } from './evidence.ts';
import { msg } from './messages.ts';
import type { Competence, CompetenceInput, Profile, ProfileInput } from './schema.ts';

const competenceColumns = ['id', 'name', 'description', 'cluster', 'levels', 'position'] as const;

/** The catalogue in its order (position, then name). */
export async function listCompetences(db: DbOrTx, orgId: string): Promise<Competence[]> {
  const rows = await db
    .selectFrom('cmp_competence')
    .select(competenceColumns)
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, levels: [...r.levels] }));
}

async function requireFreeName(
  db: DbOrTx,
  orgId: string,
  table: 'cmp_competence' | 'cmp_profile',
  name: string,
  id?: string,
) {
  let q = db.selectFrom(table).select('id').where('org_id', '=', orgId).where('name', '=', name);
  if (id) q = q.where('id', '<>', id);
  if (await q.executeTakeFirst()) {
    const what = msg(table === 'cmp_competence' ? 'competence' : 'profile');
    throw invalidField('name', msg('name_taken', { what }), 'conflict');
  }
}

const competenceRow = (input: CompetenceInput) => ({
  name: input.name,
  description: input.description ?? '',
  cluster: input.cluster ?? '',
  levels: JSON.stringify(input.levels),
  ...(input.position === undefined ? {} : { position: input.position }),
});

/** Adds a competence; its name is unique in the organisation (409 naming `name`). */
export async function createCompetence(db: Db, orgId: string, input: CompetenceInput): Promise<Competence> {
  await requireFreeName(db, orgId, 'cmp_competence', input.name);
  // A new competence goes to the end of the catalogue unless a position is given.
  const { last } = await db
    .selectFrom('cmp_competence')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('cmp_competence')
    .values({ org_id: orgId, position: last === null ? 0 : Number(last) + 1, ...competenceRow(input) })
    .returning(competenceColumns)
    .executeTakeFirstOrThrow();
  return { ...row, levels: [...row.levels] };
}

/** Replaces a competence's texts (404 for another organisation's). */
export async function updateCompetence(db: Db, orgId: string, id: string, input: CompetenceInput): Promise<Competence> {
  await requireFreeName(db, orgId, 'cmp_competence', input.name, id);
  const row = await db
    .updateTable('cmp_competence')
    .set(competenceRow(input))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning(competenceColumns)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return { ...row, levels: [...row.levels] };
}

/** Removes a competence and its place in the profiles; refused (409) while assessments refer to it. */
export async function deleteCompetence(db: Db, orgId: string, id: string): Promise<void> {
  const { count } = await db
    .selectFrom('cmp_assessment')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('org_id', '=', orgId)
    .where('competence_id', '=', id)
    .executeTakeFirstOrThrow();
  if (Number(count) > 0) throw new AppError('conflict', msg('competence_in_use', { count: Number(count) }));
  const gone = await db
    .deleteFrom('cmp_competence')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (gone.numDeletedRows === 0n) throw AppError.notFound();
}

/** Every role profile with its requirements and the number of people holding it. */
export async function listProfiles(db: DbOrTx, orgId: string): Promise<Profile[]> {
  const [profiles, requirements, people] = await Promise.all([
    db
      .selectFrom('cmp_profile')
      .select(['id', 'name', 'description'])
      .where('org_id', '=', orgId)
      .orderBy('name')
      .execute(),
    requirementsOf(db, orgId),
    db
      .selectFrom('cmp_assignment')
      .select(['profile_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('org_id', '=', orgId)
      .groupBy('profile_id')
      .execute(),
  ]);
  return profiles.map((p) => ({
    ...p,
    requirements: requirements.get(p.id) ?? [],
    people: Number(people.find((n) => n.profile_id === p.id)?.n ?? 0),
  }));
}

/** Checks that every competence named exists in the organisation and appears once (400 naming the field). */
async function checkRequirements(db: DbOrTx, orgId: string, input: ProfileInput) {
  const seen = new Set<string>();
  for (const [i, r] of input.requirements.entries()) {
    if (seen.has(r.competenceId)) throw invalidField(`requirements.${i}.competenceId`, msg('duplicate_competence'));
    seen.add(r.competenceId);
  }
  if (seen.size === 0) return;
  const known = new Set(
    (
      await db
        .selectFrom('cmp_competence')
        .select('id')
        .where('org_id', '=', orgId)
        .where('id', 'in', [...seen])
        .execute()
    ).map((r) => r.id),
  );
  const i = input.requirements.findIndex((r) => !known.has(r.competenceId));
  if (i >= 0) throw invalidField(`requirements.${i}.competenceId`, msg('unknown_competence'), 'not_found');
}

/** Creates (no `id`) or replaces a role profile with its requirements, in one transaction. */
export async function saveProfile(db: Db, orgId: string, input: ProfileInput, id?: string): Promise<Profile> {
  const saved = await db.transaction().execute(async (tx) => {
    await requireFreeName(tx, orgId, 'cmp_profile', input.name, id);
    await checkRequirements(tx, orgId, input);
    const values = { name: input.name, description: input.description ?? '' };
    const row = id
      ? await tx
          .updateTable('cmp_profile')
          .set(values)
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .returning('id')
          .executeTakeFirst()
      : await tx
          .insertInto('cmp_profile')
          .values({ org_id: orgId, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
    if (!row) throw AppError.notFound();
    await tx.deleteFrom('cmp_requirement').where('org_id', '=', orgId).where('profile_id', '=', row.id).execute();
    if (input.requirements.length > 0) {
      await tx
        .insertInto('cmp_requirement')
        .values(
          input.requirements.map((r) => ({
            org_id: orgId,
            profile_id: row.id,
            competence_id: r.competenceId,
            level: r.level,
          })),
        )
        .execute();
    }
    return row.id;
  });
  const profile = (await listProfiles(db, orgId)).find((p) => p.id === saved);
  if (!profile) throw AppError.notFound();
  return profile;
}

/** Removes a role profile; the people who held it hold none. */
export async function deleteProfile(db: Db, orgId: string, id: string): Promise<void> {
  const gone = await db.deleteFrom('cmp_profile').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (gone.numDeletedRows === 0n) throw AppError.notFound();
}
