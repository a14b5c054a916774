/**
 * CAF assessment rounds: creation with the assessors and each assessor's own scores (never shown to
 * the other assessors while scoring); the consensus round is in consensus.ts. The queries are in
 * queries.ts and queries-scores.ts (every one filters on the organisation; a round of another
 * organisation is "not found").
 */
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { can } from '../orgs/public.ts';
import { CafRuleError, outOfRange, wrongPhase } from './errors.ts';
import { readScore } from './logic.ts';
import { msg } from './messages.ts';
import { SUBCRITERIA, SUBCRITERION_CODES, subcriterion } from './model.ts';
import {
  type Assessment,
  assessorsOf,
  findAssessment,
  findAssessor,
  insertAssessment,
  memberRoles,
  membersWithRoles,
  roundsOfAssessor,
  roundsWithProgress,
} from './queries.ts';
import { agreedCodes, markSubmitted, scoreRows, upsertScore } from './queries-scores.ts';
import type {
  AssessmentDetail,
  AssessmentInput,
  AssessmentSummary,
  MyScores,
  ScoreEntry,
  ScoreInput,
} from './schema.ts';

export type { Assessment } from './queries.ts';

/** The round `id` of `orgId`, or 404. */
export async function loadAssessment(db: DbOrTx, orgId: string, id: string): Promise<Assessment> {
  const row = await findAssessment(db, orgId, id);
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
  const row = await findAssessor(db, orgId, assessmentId, userId);
  if (!row) throw AppError.notFound();
  return row;
}

/** A round as its results name it: what it is called, how it is scored, where it stands. */
export function roundOf(a: Pick<Assessment, 'id' | 'name' | 'scoring' | 'status' | 'started_on' | 'finished_on'>) {
  return {
    id: a.id,
    name: a.name,
    scoring: a.scoring,
    status: a.status,
    startedOn: a.started_on,
    finishedOn: a.finished_on,
  };
}

/** A round as every answer names it. */
export function summary(a: Assessment): AssessmentSummary {
  return {
    ...roundOf(a),
    previousId: a.previous_id,
    createdAt: a.created_at.toISOString(),
  };
}

/** Every round of the organisation, newest first, with the assessors' progress. */
export async function listAssessments(db: DbOrTx, orgId: string) {
  return (await roundsWithProgress(db, orgId)).map(({ round, ...progress }) => ({
    ...summary(round),
    ...progress,
    total: SUBCRITERIA.length,
  }));
}

/** The rounds in which `userId` is an assessor, with his own progress. */
export async function myAssessments(db: DbOrTx, orgId: string, userId: string) {
  return (await roundsOfAssessor(db, orgId, userId)).map(({ round, ...mine }) => ({
    ...summary(round),
    ...mine,
    total: SUBCRITERIA.length,
  }));
}

/** Members who may score (their role has caf.score), for choosing the assessors. */
export async function candidates(db: DbOrTx, orgId: string) {
  return (await membersWithRoles(db, orgId)).filter((r) => can(r.role, 'caf.score'));
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
  const roles = await memberRoles(db, orgId, ids);
  input.assessors.forEach((id, i) => {
    const role = roles.get(id);
    if (!role) fields.push({ path: `assessors.${i}`, message: msg('not_member_organisation') });
    else if (!can(role, 'caf.score'))
      fields.push({ path: `assessors.${i}`, message: msg('role_cannot_score', { role }) });
  });
  if (input.previousId) {
    const previous = await findAssessment(db, orgId, input.previousId);
    if (!previous) fields.push({ path: 'previousId', message: msg('unknown_selfassessment') });
    else if (previous.status !== 'finished')
      fields.push({ path: 'previousId', message: msg('selfassessment_not_finished') });
  }
  if (fields.length) {
    const list = fields.map((f) => f.path).join(', ');
    throw new AppError('validation', msg('invalid_input', { list }), { fields });
  }
  const { name, scoring, startedOn } = input;
  return insertAssessment(
    db,
    orgId,
    { name, scoring, startedOn, previousId: input.previousId ?? null, createdBy: userId },
    ids,
  );
}

/** A round with its assessors' progress (no scores: those are private until the consensus round). */
export async function assessmentDetail(db: DbOrTx, orgId: string, a: Assessment): Promise<AssessmentDetail> {
  const previous = a.previous_id ? await findAssessment(db, orgId, a.previous_id) : undefined;
  return {
    ...summary(a),
    assessors: await assessorsOf(db, orgId, a.id),
    agreed: await agreedCodes(db, orgId, a.id),
    total: SUBCRITERIA.length,
    previous: previous ? { id: previous.id, name: previous.name, finishedOn: previous.finished_on } : null,
  };
}

/** A score as answers show it (an assessor's, or the agreed one as saved). */
export function scoreView(r: ScoreEntry): ScoreEntry {
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
export async function myScores(db: DbOrTx, orgId: string, a: Assessment, userId: string): Promise<MyScores> {
  const me = await requireAssessor(db, orgId, a.id, userId);
  const rows = await scoreRows(db, orgId, a.id, userId);
  const byCode = new Map(rows.map((r) => [r.subcriterion, r]));
  return {
    assessment: summary(a),
    submittedAt: me.submitted_at ? me.submitted_at.toISOString() : null,
    scored: rows.filter((r) => r.score !== null).length,
    total: SUBCRITERIA.length,
    scores: SUBCRITERION_CODES.map((code) => {
      const row = byCode.get(code);
      return row
        ? scoreView(row)
        : { subcriterion: code, score: null, fine: null, evidence: '', strengths: '', improvements: '' };
    }),
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
): Promise<ScoreEntry> {
  requireSubcriterion(code);
  const me = await requireAssessor(db, orgId, a.id, userId);
  if (a.status !== 'scoring') throw wrongPhase(msg('scoring_phase_selfassessment_ended'));
  if (me.submitted_at) throw wrongPhase(msg('you_already_submitted_your'));
  const read = readScore(code, a.scoring, input);
  if (read.errors.length) throw outOfRange(read.errors);
  const { evidence, strengths, improvements } = input;
  const row = await upsertScore(
    db,
    orgId,
    { assessmentId: a.id, assessorId: userId, code },
    { score: read.score, fine: read.fine, evidence, strengths, improvements },
  );
  return scoreView(row);
}

/** Submits the caller's scores: every subcriterion must have a score (422 listing the missing ones). */
export async function submitMyScores(db: DbOrTx, orgId: string, a: Assessment, userId: string) {
  const me = await requireAssessor(db, orgId, a.id, userId);
  if (a.status !== 'scoring') throw wrongPhase(msg('scoring_phase_selfassessment_ended'));
  if (me.submitted_at) throw wrongPhase(msg('you_already_submitted_your'));
  const scored = new Set(
    (await scoreRows(db, orgId, a.id, userId)).filter((r) => r.score !== null).map((r) => r.subcriterion),
  );
  const missing = SUBCRITERION_CODES.filter((c) => !scored.has(c));
  if (missing.length) {
    throw new CafRuleError('incomplete', msg('not_scored_yet', { missing: missing.join(', ') }), {
      fields: missing.map((code) => ({ path: `scores.${code}`, message: msg('no_score_yet') })),
      details: { missing },
    });
  }
  const submittedAt = new Date();
  await markSubmitted(db, orgId, a.id, userId, submittedAt);
  return { submittedAt: submittedAt.toISOString() };
}
