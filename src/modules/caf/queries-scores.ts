/**
 * The Kysely queries of the scores of CAF: each assessor's own scores and the agreed (consensus)
 * scores. Every function takes the organisation and filters on it.
 */
import type { DbOrTx } from '../../server/db.ts';
import type { Fine } from './logic.ts';

const SCORE_COLUMNS = ['subcriterion', 'score', 'fine', 'evidence', 'strengths', 'improvements'] as const;

/** The codes of the subcriteria of a round that have a consensus score, sorted. */
export async function agreedCodes(db: DbOrTx, orgId: string, assessmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('caf_consensus')
    .select('subcriterion')
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .execute();
  return rows.map((c) => c.subcriterion).sort();
}

/** The scores of a round: all assessors', or only `assessorId`'s. */
export async function scoreRows(db: DbOrTx, orgId: string, assessmentId: string, assessorId?: string) {
  let q = db
    .selectFrom('caf_score')
    .select(['assessor_id', ...SCORE_COLUMNS])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId);
  if (assessorId) q = q.where('assessor_id', '=', assessorId);
  return q.execute();
}

type ScoreValues = {
  score: number | null;
  fine: Fine | null;
  evidence?: string | undefined;
  strengths?: string | undefined;
  improvements?: string | undefined;
};

/** Inserts or updates an assessor's score of one subcriterion; texts left undefined keep their value. */
export async function upsertScore(
  db: DbOrTx,
  orgId: string,
  key: { assessmentId: string; assessorId: string; code: string },
  v: ScoreValues,
) {
  const texts = { evidence: v.evidence, strengths: v.strengths, improvements: v.improvements };
  const fine = v.fine ? JSON.stringify(v.fine) : null;
  return db
    .insertInto('caf_score')
    .values({
      org_id: orgId,
      assessment_id: key.assessmentId,
      assessor_id: key.assessorId,
      subcriterion: key.code,
      score: v.score,
      fine,
      evidence: texts.evidence ?? '',
      strengths: texts.strengths ?? '',
      improvements: texts.improvements ?? '',
    })
    .onConflict((oc) =>
      oc.columns(['assessment_id', 'assessor_id', 'subcriterion']).doUpdateSet({
        score: v.score,
        fine,
        updated_at: new Date(),
        ...Object.fromEntries(Object.entries(texts).filter(([, t]) => t !== undefined)),
      }),
    )
    .returning([...SCORE_COLUMNS])
    .executeTakeFirstOrThrow();
}

/** Marks an assessor's scores of a round as submitted. */
export async function markSubmitted(db: DbOrTx, orgId: string, assessmentId: string, userId: string, at: Date) {
  await db
    .updateTable('caf_assessor')
    .set({ submitted_at: at })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .execute();
}

/** The consensus rows of a round with the name of who decided. */
export async function consensusRows(db: DbOrTx, orgId: string, assessmentId: string) {
  const rows = await db
    .selectFrom('caf_consensus as c')
    .leftJoin('app_user as u', 'u.id', 'c.decided_by')
    .select(['c.subcriterion', 'c.score', 'c.fine', 'c.evidence', 'c.strengths', 'c.improvements', 'c.decided_at'])
    .select('u.name as decided_by')
    .where('c.org_id', '=', orgId)
    .where('c.assessment_id', '=', assessmentId)
    .execute();
  return rows.map(({ decided_at, ...r }) => ({ ...r, decided_at: decided_at.toISOString() }));
}

/** Inserts or updates the agreed score of one subcriterion. */
export async function upsertConsensus(
  db: DbOrTx,
  orgId: string,
  key: { assessmentId: string; code: string },
  v: { score: number; fine: Fine | null; evidence: string; strengths: string; improvements: string; decidedBy: string },
) {
  const values = {
    score: v.score,
    fine: v.fine ? JSON.stringify(v.fine) : null,
    evidence: v.evidence,
    strengths: v.strengths,
    improvements: v.improvements,
    decided_by: v.decidedBy,
    decided_at: new Date(),
  };
  return db
    .insertInto('caf_consensus')
    .values({ org_id: orgId, assessment_id: key.assessmentId, subcriterion: key.code, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'subcriterion']).doUpdateSet(values))
    .returning([...SCORE_COLUMNS])
    .executeTakeFirstOrThrow();
}

/** The consensus scores and texts of a round (for the results). */
export async function consensusScores(db: DbOrTx, orgId: string, assessmentId: string) {
  return db
    .selectFrom('caf_consensus')
    .select([...SCORE_COLUMNS])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .execute();
}

/** The improvement points agreed for one subcriterion of a round, or undefined without a consensus row. */
export async function consensusImprovements(db: DbOrTx, orgId: string, assessmentId: string, code: string) {
  const row = await db
    .selectFrom('caf_consensus')
    .select('improvements')
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('subcriterion', '=', code)
    .executeTakeFirst();
  return row?.improvements;
}
