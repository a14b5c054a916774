/**
 * The Kysely queries of CAF's rounds, assessors and members (scores and consensus: queries-scores.ts): every function takes the organisation and filters on it, so a round of
 * another organisation is never read or written. No rules here (see assessments.ts and logic.ts).
 */
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import type { Role } from '../orgs/public.ts';
import type { Scoring } from './logic.ts';
import type { CafAssessmentTable } from './tables.ts';

export type Assessment = Selectable<CafAssessmentTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The round `id` of `orgId`, or undefined. */
export async function findAssessment(db: DbOrTx, orgId: string, id: string): Promise<Assessment | undefined> {
  return db
    .selectFrom('caf_assessment')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The assessor record of `userId` in a round, or undefined. */
export async function findAssessor(db: DbOrTx, orgId: string, assessmentId: string, userId: string) {
  return db
    .selectFrom('caf_assessor')
    .select(['user_id', 'submitted_at'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The assessors of a round with their names, whether they submitted, and how many subcriteria they scored. */
export async function assessorsOf(db: DbOrTx, orgId: string, assessmentId: string) {
  const rows = await db
    .selectFrom('caf_assessor as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.name', 'u.email', 'a.submitted_at'])
    .where('a.org_id', '=', orgId)
    .where('a.assessment_id', '=', assessmentId)
    .orderBy('u.name')
    .execute();
  const counts = await db
    .selectFrom('caf_score')
    .select(['assessor_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('score', 'is not', null)
    .groupBy('assessor_id')
    .execute();
  const scored = new Map(counts.map((c) => [c.assessor_id, Number(c.n)]));
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    submittedAt: iso(r.submitted_at),
    scored: scored.get(r.user_id) ?? 0,
  }));
}

/** Every round of the organisation, newest first, with per round its assessors and agreed subcriteria. */
export async function roundsWithProgress(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('caf_assessment')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const assessors = await db
    .selectFrom('caf_assessor')
    .select(['assessment_id', 'submitted_at'])
    .where('org_id', '=', orgId)
    .execute();
  const consensus = await db
    .selectFrom('caf_consensus')
    .select(['assessment_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('org_id', '=', orgId)
    .groupBy('assessment_id')
    .execute();
  const agreed = new Map(consensus.map((c) => [c.assessment_id, Number(c.n)]));
  return rows.map((a) => {
    const mine = assessors.filter((x) => x.assessment_id === a.id);
    return {
      round: a,
      assessors: mine.length,
      submitted: mine.filter((x) => x.submitted_at).length,
      agreed: agreed.get(a.id) ?? 0,
    };
  });
}

/** The rounds in which `userId` is an assessor, with when he submitted and how many subcriteria he scored. */
export async function roundsOfAssessor(db: DbOrTx, orgId: string, userId: string) {
  const rows = await db
    .selectFrom('caf_assessment as a')
    .innerJoin('caf_assessor as r', (j) => j.onRef('r.assessment_id', '=', 'a.id').on('r.user_id', '=', userId))
    .selectAll('a')
    .select('r.submitted_at')
    .where('a.org_id', '=', orgId)
    .orderBy('a.started_on', 'desc')
    .execute();
  const counts = await db
    .selectFrom('caf_score')
    .select(['assessment_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('org_id', '=', orgId)
    .where('assessor_id', '=', userId)
    .where('score', 'is not', null)
    .groupBy('assessment_id')
    .execute();
  const scored = new Map(counts.map((c) => [c.assessment_id, Number(c.n)]));
  return rows.map(({ submitted_at, ...round }) => ({
    round,
    submittedAt: iso(submitted_at),
    scored: scored.get(round.id) ?? 0,
  }));
}

/** The members of the organisation with their roles, by name. */
export async function membersWithRoles(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.role'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role as Role }));
}

/** The roles of those of `userIds` who are members of the organisation. */
export async function memberRoles(db: DbOrTx, orgId: string, userIds: string[]): Promise<Map<string, Role>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .selectFrom('membership')
    .select(['user_id', 'role'])
    .where('org_id', '=', orgId)
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((m) => [m.user_id, m.role as Role]));
}

/** Inserts a round and its assessors. */
export async function insertAssessment(
  db: DbOrTx,
  orgId: string,
  values: { name: string; scoring: Scoring; startedOn: string; previousId: string | null; createdBy: string },
  assessorIds: string[],
): Promise<Assessment> {
  const row = await db
    .insertInto('caf_assessment')
    .values({
      org_id: orgId,
      name: values.name,
      scoring: values.scoring,
      started_on: values.startedOn,
      previous_id: values.previousId,
      created_by: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('caf_assessor')
    .values(assessorIds.map((user_id) => ({ org_id: orgId, assessment_id: row.id, user_id })))
    .execute();
  return row;
}

/** Sets the phase of a round (and its finishing day). */
export async function setStatus(
  db: DbOrTx,
  orgId: string,
  id: string,
  status: 'consensus' | 'finished',
  finishedOn?: string,
) {
  await db
    .updateTable('caf_assessment')
    .set(finishedOn ? { status, finished_on: finishedOn } : { status })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The organisation's name (for the report). */
export async function organisationName(db: DbOrTx, orgId: string): Promise<string> {
  const org = await db.selectFrom('organisation').select('name').where('id', '=', orgId).executeTakeFirstOrThrow();
  return org.name;
}
