/**
 * The consensus round of a CAF round: opening it (the assessors' scores are then shown side by side),
 * the view per subcriterion with the spread, the agreed scores, and finishing the round.
 */
import type { DbOrTx } from '../../server/db.ts';
import { requireSubcriterion, scoreView, summary } from './assessments.ts';
import { CafRuleError, outOfRange, wrongPhase } from './errors.ts';
import { readScore, spread } from './logic.ts';
import { msg } from './messages.ts';
import { SUBCRITERIA, SUBCRITERION_CODES } from './model.ts';
import { type Assessment, assessorsOf, setStatus } from './queries.ts';
import { agreedCodes, consensusRows, scoreRows, upsertConsensus } from './queries-scores.ts';
import type { ConsensusView, ScoreEntry, ScoreInput } from './schema.ts';

/** Moves a scoring round to the consensus round; from then on the assessors' scores are shown side by side. */
export async function startConsensus(db: DbOrTx, orgId: string, a: Assessment) {
  if (a.status !== 'scoring') throw wrongPhase(msg('selfassessment_no_longer_scoring'));
  await setStatus(db, orgId, a.id, 'consensus');
}

export function requireConsensusPhase(a: Assessment, allowFinished: boolean) {
  if (a.status === 'scoring' || (!allowFinished && a.status === 'finished')) {
    throw wrongPhase(a.status === 'scoring' ? msg('consensus_round_not_started') : msg('selfassessment_finished'));
  }
}

/** Per subcriterion every assessor's score (named), the spread, the texts gathered and the agreed score. */
export async function consensusView(db: DbOrTx, orgId: string, a: Assessment): Promise<ConsensusView> {
  requireConsensusPhase(a, true);
  const assessors = await assessorsOf(db, orgId, a.id);
  const names = new Map(assessors.map((x) => [x.userId, x.name]));
  const scores = await scoreRows(db, orgId, a.id);
  const consensus = new Map((await consensusRows(db, orgId, a.id)).map((c) => [c.subcriterion, c]));
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
): Promise<ScoreEntry> {
  requireSubcriterion(code);
  requireConsensusPhase(a, false);
  const read = readScore(code, a.scoring, input, { consensus: true });
  if (read.errors.length) throw outOfRange(read.errors);
  const row = await upsertConsensus(
    db,
    orgId,
    { assessmentId: a.id, code },
    {
      score: read.score!,
      fine: read.fine,
      evidence: input.evidence ?? '',
      strengths: input.strengths ?? '',
      improvements: input.improvements ?? '',
      decidedBy: userId,
    },
  );
  return scoreView(row);
}

/** Finishes the round: all 28 subcriteria need a consensus score (422 listing the missing ones). */
export async function finishAssessment(db: DbOrTx, orgId: string, a: Assessment, finishedOn: string) {
  requireConsensusPhase(a, false);
  const agreed = new Set(await agreedCodes(db, orgId, a.id));
  const missing = SUBCRITERION_CODES.filter((c) => !agreed.has(c));
  if (missing.length) {
    throw new CafRuleError('incomplete', msg('no_consensus_score_yet_2', { missing: missing.join(', ') }), {
      fields: missing.map((code) => ({ path: `consensus.${code}`, message: msg('no_consensus_score_yet') })),
      details: { missing },
    });
  }
  await setStatus(db, orgId, a.id, 'finished', finishedOn);
}
