/**
 * CAF assessment rounds: creation with the assessors, each assessor's own scores (never shown to
 * the other assessors while scoring), the consensus round and finishing. Every query filters on the
 * organisation; a round of another organisation is "not found".
 */
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { can, type Role } from '../orgs/public.ts';
import { CafRuleError, outOfRange, wrongPhase } from './errors.ts';
import { readScore, spread, type Fine, type Scoring } from './logic.ts';
import { SUBCRITERIA, SUBCRITERION_CODES, subcriterion } from './model.ts';
import type { CafAssessmentTable } from './tables.ts';
import type { Selectable } from 'kysely';
import { msg } from './messages.ts';

export type Assessment = Selectable<CafAssessmentTable>;
export type Status = 'scoring' | 'consensus' | 'finished';

export interface AssessmentInput {
  name: string;
  scoring: Scoring;
  startedOn: string;
  assessors: string[];
  previousId?: string | null;
}
export interface ScoreInput {
  score?: number | null;
  fine?: Fine | null;
  evidence?: string;
  strengths?: string;
  improvements?: string;
}

/** The round `id` of `orgId`, or 404. */
export async function loadAssessment(db: DbOrTx, orgId: string, id: string): Promise<Assessment> {
  const row = await db
    .selectFrom('caf_assessment')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

/** The subcriterion of a path, or 404 when the code is not in the CAF 2020 model. */
export function requireSubcriterion(code: string) {
  const sub = subcriterion(code);
  if (!sub) throw AppError.notFound();
  return sub;
}

/** The caller's assessor record of the round, or 404 (a non-assessor does not learn about the round's scores). */
export async function requireAssessor(db: DbOrTx, orgId: string, assessmentId: string, userId: string) {
  const row = await db
    .selectFrom('caf_assessor')
    .select(['user_id', 'submitted_at'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

export async function isAssessor(db: DbOrTx, orgId: string, assessmentId: string, userId: string): Promise<boolean> {
  return Boolean(
    await db
      .selectFrom('caf_assessor')
      .select('user_id')
      .where('org_id', '=', orgId)
      .where('assessment_id', '=', assessmentId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  );
}

function summary(a: Assessment) {
  return {
    id: a.id,
    name: a.name,
    scoring: a.scoring,
    status: a.status,
    startedOn: a.started_on,
    finishedOn: a.finished_on,
    previousId: a.previous_id,
    createdAt: a.created_at,
  };
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
    submittedAt: r.submitted_at,
    scored: scored.get(r.user_id) ?? 0,
  }));
}

/** Every round of the organisation, newest first, with the assessors' progress. */
export async function listAssessments(db: DbOrTx, orgId: string) {
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
      ...summary(a),
      assessors: mine.length,
      submitted: mine.filter((x) => x.submitted_at).length,
      agreed: agreed.get(a.id) ?? 0,
      total: SUBCRITERIA.length,
    };
  });
}

/** The rounds in which `userId` is an assessor, with his own progress. */
export async function myAssessments(db: DbOrTx, orgId: string, userId: string) {
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
  return rows.map((a) => ({
    ...summary(a),
    submittedAt: a.submitted_at,
    scored: scored.get(a.id) ?? 0,
    total: SUBCRITERIA.length,
  }));
}

/** Members who may score (their role has caf.score), for choosing the assessors. */
export async function candidates(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.role'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.name')
    .execute();
  return rows
    .filter((r) => can(r.role as Role, 'caf.score'))
    .map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role }));
}

/** Creates a round; assessors must be members whose role may score; the previous round must be a finished one of the organisation. */
export async function createAssessment(
  db: DbOrTx,
  orgId: string,
  userId: string,
  input: AssessmentInput,
): Promise<Assessment> {
  const fields: FieldError[] = [];
  const ids = [...new Set(input.assessors)];
  const members = ids.length
    ? await db
        .selectFrom('membership')
        .select(['user_id', 'role'])
        .where('org_id', '=', orgId)
        .where('user_id', 'in', ids)
        .execute()
    : [];
  const roles = new Map(members.map((m) => [m.user_id, m.role as Role]));
  input.assessors.forEach((id, i) => {
    const role = roles.get(id);
    if (!role)
      fields.push({
        path: `assessors.${i}`,
        message: msg('not_member_organisation'),
      });
    else if (!can(role, 'caf.score'))
      fields.push({
        path: `assessors.${i}`,
        message: msg('role_cannot_score', { role }),
      });
  });
  if (input.previousId) {
    const previous = await db
      .selectFrom('caf_assessment')
      .select('status')
      .where('org_id', '=', orgId)
      .where('id', '=', input.previousId)
      .executeTakeFirst();
    if (!previous) fields.push({ path: 'previousId', message: msg('unknown_selfassessment') });
    else if (previous.status !== 'finished')
      fields.push({
        path: 'previousId',
        message: msg('selfassessment_not_finished'),
      });
  }
  if (fields.length) {
    const list = fields.map((f) => f.path).join(', ');
    throw new AppError('validation', msg('invalid_input', { list }), { fields });
  }
  const row = await db
    .insertInto('caf_assessment')
    .values({
      org_id: orgId,
      name: input.name,
      scoring: input.scoring,
      started_on: input.startedOn,
      previous_id: input.previousId ?? null,
      created_by: userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('caf_assessor')
    .values(ids.map((user_id) => ({ org_id: orgId, assessment_id: row.id, user_id })))
    .execute();
  return row;
}

/** A round with its assessors' progress (no scores: those are private until the consensus round). */
export async function assessmentDetail(db: DbOrTx, orgId: string, a: Assessment) {
  const agreed = await db
    .selectFrom('caf_consensus')
    .select('subcriterion')
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', a.id)
    .execute();
  const previous = a.previous_id
    ? await db
        .selectFrom('caf_assessment')
        .select(['id', 'name', 'finished_on'])
        .where('org_id', '=', orgId)
        .where('id', '=', a.previous_id)
        .executeTakeFirst()
    : undefined;
  return {
    ...summary(a),
    assessors: await assessorsOf(db, orgId, a.id),
    agreed: agreed.map((c) => c.subcriterion).sort(),
    total: SUBCRITERIA.length,
    previous: previous ? { id: previous.id, name: previous.name, finishedOn: previous.finished_on } : null,
  };
}

function scoreView(r: {
  subcriterion: string;
  score: number | null;
  fine: Fine | null;
  evidence: string;
  strengths: string;
  improvements: string;
}) {
  return {
    subcriterion: r.subcriterion,
    score: r.score,
    fine: r.fine ?? null,
    evidence: r.evidence,
    strengths: r.strengths,
    improvements: r.improvements,
  };
}

/** The caller's own scores of a round (only his own, in every phase). */
export async function myScores(db: DbOrTx, orgId: string, a: Assessment, userId: string) {
  const me = await requireAssessor(db, orgId, a.id, userId);
  const rows = await db
    .selectFrom('caf_score')
    .select(['subcriterion', 'score', 'fine', 'evidence', 'strengths', 'improvements'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', a.id)
    .where('assessor_id', '=', userId)
    .execute();
  const byCode = new Map(rows.map((r) => [r.subcriterion, r]));
  return {
    assessment: summary(a),
    submittedAt: me.submitted_at,
    scored: rows.filter((r) => r.score !== null).length,
    total: SUBCRITERIA.length,
    scores: SUBCRITERION_CODES.map((code) =>
      byCode.has(code)
        ? scoreView(byCode.get(code)!)
        : { subcriterion: code, score: null, fine: null, evidence: '', strengths: '', improvements: '' },
    ),
  };
}

/** Saves one of the caller's own scores while the round is scoring and he has not submitted. */
export async function saveMyScore(
  db: DbOrTx,
  orgId: string,
  a: Assessment,
  userId: string,
  code: string,
  input: ScoreInput,
) {
  requireSubcriterion(code);
  const me = await requireAssessor(db, orgId, a.id, userId);
  if (a.status !== 'scoring') throw wrongPhase(msg('scoring_phase_selfassessment_ended'));
  if (me.submitted_at) throw wrongPhase(msg('you_already_submitted_your'));
  const read = readScore(code, a.scoring, input);
  if (read.errors.length) throw outOfRange(read.errors);
  const texts = { evidence: input.evidence, strengths: input.strengths, improvements: input.improvements };
  const row = await db
    .insertInto('caf_score')
    .values({
      org_id: orgId,
      assessment_id: a.id,
      assessor_id: userId,
      subcriterion: code,
      score: read.score,
      fine: read.fine ? JSON.stringify(read.fine) : null,
      evidence: texts.evidence ?? '',
      strengths: texts.strengths ?? '',
      improvements: texts.improvements ?? '',
    })
    .onConflict((oc) =>
      oc.columns(['assessment_id', 'assessor_id', 'subcriterion']).doUpdateSet({
        score: read.score,
        fine: read.fine ? JSON.stringify(read.fine) : null,
        updated_at: new Date(),
        ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)),
      }),
    )
    .returning(['subcriterion', 'score', 'fine', 'evidence', 'strengths', 'improvements'])
    .executeTakeFirstOrThrow();
  return scoreView(row);
}

/** Submits the caller's scores: every subcriterion must have a score (422 listing the missing ones). */
export async function submitMyScores(db: DbOrTx, orgId: string, a: Assessment, userId: string) {
  const me = await requireAssessor(db, orgId, a.id, userId);
  if (a.status !== 'scoring') throw wrongPhase(msg('scoring_phase_selfassessment_ended'));
  if (me.submitted_at) throw wrongPhase(msg('you_already_submitted_your'));
  const scored = new Set(
    (
      await db
        .selectFrom('caf_score')
        .select('subcriterion')
        .where('org_id', '=', orgId)
        .where('assessment_id', '=', a.id)
        .where('assessor_id', '=', userId)
        .where('score', 'is not', null)
        .execute()
    ).map((r) => r.subcriterion),
  );
  const missing = SUBCRITERION_CODES.filter((c) => !scored.has(c));
  if (missing.length) {
    throw new CafRuleError('incomplete', msg('not_scored_yet', { missing: missing.join(', ') }), {
      fields: missing.map((code) => ({
        path: `scores.${code}`,
        message: msg('no_score_yet'),
      })),
      details: { missing },
    });
  }
  const submittedAt = new Date();
  await db
    .updateTable('caf_assessor')
    .set({ submitted_at: submittedAt })
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', a.id)
    .where('user_id', '=', userId)
    .execute();
  return { submittedAt };
}

/** Moves a scoring round to the consensus round; from then on the assessors' scores are shown side by side. */
export async function startConsensus(db: DbOrTx, orgId: string, a: Assessment) {
  if (a.status !== 'scoring') throw wrongPhase(msg('selfassessment_no_longer_scoring'));
  await db
    .updateTable('caf_assessment')
    .set({ status: 'consensus' })
    .where('org_id', '=', orgId)
    .where('id', '=', a.id)
    .execute();
}

function requireConsensusPhase(a: Assessment, allowFinished: boolean) {
  if (a.status === 'scoring' || (!allowFinished && a.status === 'finished')) {
    throw wrongPhase(a.status === 'scoring' ? msg('consensus_round_not_started') : msg('selfassessment_finished'));
  }
}

/** Per subcriterion every assessor's score (named), the spread, the texts gathered and the agreed score. */
export async function consensusView(db: DbOrTx, orgId: string, a: Assessment) {
  requireConsensusPhase(a, true);
  const assessors = await assessorsOf(db, orgId, a.id);
  const names = new Map(assessors.map((x) => [x.userId, x.name]));
  const scores = await db
    .selectFrom('caf_score')
    .select(['assessor_id', 'subcriterion', 'score', 'fine', 'evidence', 'strengths', 'improvements'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', a.id)
    .execute();
  const agreed = await db
    .selectFrom('caf_consensus as c')
    .leftJoin('app_user as u', 'u.id', 'c.decided_by')
    .select([
      'c.subcriterion',
      'c.score',
      'c.fine',
      'c.evidence',
      'c.strengths',
      'c.improvements',
      'c.decided_at',
      'u.name as decided_by',
    ])
    .where('c.org_id', '=', orgId)
    .where('c.assessment_id', '=', a.id)
    .execute();
  const consensus = new Map(agreed.map((c) => [c.subcriterion, c]));
  return {
    assessment: summary(a),
    assessors,
    subcriteria: SUBCRITERIA.map((s) => {
      const mine = scores
        .filter((x) => x.subcriterion === s.code)
        .sort((x, y) => (names.get(x.assessor_id) ?? '').localeCompare(names.get(y.assessor_id) ?? ''));
      const c = consensus.get(s.code);
      return {
        code: s.code,
        criterion: s.criterion,
        kind: s.kind,
        scores: mine.map((x) => ({ assessorId: x.assessor_id, name: names.get(x.assessor_id) ?? '', ...scoreView(x) })),
        spread: spread(mine.map((x) => x.score).filter((v): v is number => v !== null)),
        consensus: c
          ? {
              score: c.score,
              fine: c.fine ?? null,
              evidence: c.evidence,
              strengths: c.strengths,
              improvements: c.improvements,
              decidedBy: c.decided_by,
              decidedAt: c.decided_at,
            }
          : null,
      };
    }),
  };
}

/** Records the agreed score of one subcriterion during the consensus round. */
export async function saveConsensus(
  db: DbOrTx,
  orgId: string,
  a: Assessment,
  userId: string,
  code: string,
  input: ScoreInput,
) {
  requireSubcriterion(code);
  requireConsensusPhase(a, false);
  const read = readScore(code, a.scoring, input, { consensus: true });
  if (read.errors.length) throw outOfRange(read.errors);
  const values = {
    score: read.score!,
    fine: read.fine ? JSON.stringify(read.fine) : null,
    evidence: input.evidence ?? '',
    strengths: input.strengths ?? '',
    improvements: input.improvements ?? '',
    decided_by: userId,
    decided_at: new Date(),
  };
  const row = await db
    .insertInto('caf_consensus')
    .values({ org_id: orgId, assessment_id: a.id, subcriterion: code, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'subcriterion']).doUpdateSet(values))
    .returning(['subcriterion', 'score', 'fine', 'evidence', 'strengths', 'improvements'])
    .executeTakeFirstOrThrow();
  return scoreView(row);
}

/** Finishes the round: all 28 subcriteria need a consensus score (422 listing the missing ones). */
export async function finishAssessment(db: DbOrTx, orgId: string, a: Assessment, finishedOn: string) {
  requireConsensusPhase(a, false);
  const agreed = new Set(
    (
      await db
        .selectFrom('caf_consensus')
        .select('subcriterion')
        .where('org_id', '=', orgId)
        .where('assessment_id', '=', a.id)
        .execute()
    ).map((r) => r.subcriterion),
  );
  const missing = SUBCRITERION_CODES.filter((c) => !agreed.has(c));
  if (missing.length) {
    throw new CafRuleError('incomplete', msg('no_consensus_score_yet_2', { missing: missing.join(', ') }), {
      fields: missing.map((code) => ({
        path: `consensus.${code}`,
        message: msg('no_consensus_score_yet'),
      })),
      details: { missing },
    });
  }
  await db
    .updateTable('caf_assessment')
    .set({ status: 'finished', finished_on: finishedOn })
    .where('org_id', '=', orgId)
    .where('id', '=', a.id)
    .execute();
}

export { requireConsensusPhase };
