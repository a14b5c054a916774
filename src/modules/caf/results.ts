/**
 * The results of a CAF round: the consensus scores per subcriterion and criterion with their bands,
 * radar data, the comparison with the previous round, and the improvement actions already made
 * from the improvement points.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { actionsOfAssessment, createAction } from '../performance/public.ts';
import { requireSubcriterion, roundOf, type Assessment } from './assessments.ts';
import { requireConsensusPhase } from './consensus.ts';
import { bandOf, compare, criterionScores } from './logic.ts';
import { CRITERIA, SUBCRITERIA } from './model.ts';
import { msg } from './messages.ts';
import { findAssessment } from './queries.ts';
import { consensusImprovements, consensusScores } from './queries-scores.ts';

type Round = Pick<Assessment, 'id' | 'name' | 'scoring' | 'status' | 'started_on' | 'finished_on'>;
type ConsensusRow = {
  subcriterion: string;
  score: number;
  fine: Record<string, number> | null;
  evidence: string;
  strengths: string;
  improvements: string;
};
type ActionRow = { subcriterion: string; id: string; title: string; status: string; due_date: string | null };

export type Results = ReturnType<typeof buildResults>;

/** The results of a round from its consensus rows, its actions and the previous round's consensus (pure). */
export function buildResults(
  a: Round,
  rows: ConsensusRow[],
  actions: ActionRow[],
  previous: { round: Round; rows: ConsensusRow[] } | null,
) {
  const byCode = new Map(rows.map((r) => [r.subcriterion, r]));
  const scores = Object.fromEntries(rows.map((r) => [r.subcriterion, r.score]));
  const { criteria, overall } = criterionScores(scores);
  const comparison = previous
    ? compare(scores, Object.fromEntries(previous.rows.map((r) => [r.subcriterion, r.score])))
    : null;
  return {
    assessment: roundOf(a),
    provisional: a.status !== 'finished',
    overall,
    criteria: criteria.map((c) => ({
      ...c,
      band: c.score === null ? null : bandOf(Math.round(c.score), c.kind).index,
    })),
    subcriteria: SUBCRITERIA.map((s) => {
      const r = byCode.get(s.code);
      return {
        code: s.code,
        criterion: s.criterion,
        kind: s.kind,
        score: r?.score ?? null,
        band: r ? bandOf(r.score, s.kind).index : null,
        fine: r?.fine ?? null,
        evidence: r?.evidence ?? '',
        strengths: r?.strengths ?? '',
        improvements: r?.improvements ?? '',
        actions: actions
          .filter((x) => x.subcriterion === s.code)
          .map((x) => ({ id: x.id, title: x.title, status: x.status, dueDate: x.due_date })),
      };
    }),
    radar: {
      criteria: CRITERIA.map((c) => c.number),
      current: criteria.map((c) => c.score),
      previous: comparison ? comparison.criteria.map((c) => c.previous) : null,
    },
    comparison:
      previous && comparison
        ? {
            previous: {
              id: previous.round.id,
              name: previous.round.name,
              startedOn: previous.round.started_on,
              finishedOn: previous.round.finished_on,
            },
            ...comparison,
          }
        : null,
  };
}

/** The results of a round in consensus (provisional) or finished. */
export async function assessmentResults(db: DbOrTx, orgId: string, a: Assessment): Promise<Results> {
  requireConsensusPhase(a, true);
  const previous = a.previous_id ? await findAssessment(db, orgId, a.previous_id) : undefined;
  return buildResults(
    a,
    await consensusScores(db, orgId, a.id),
    await actionsOfAssessment(db, orgId, a.id),
    previous ? { round: previous, rows: await consensusScores(db, orgId, previous.id) } : null,
  );
}

/** A title for an action from an improvement point: "CAF 4.3: <first line>", at most 200 characters. */
export function actionTitle(code: string, improvements: string): string {
  const first =
    improvements
      .split(/\r?\n/)
      .map((l) => l.replace(/^[\s\-•*]+/, '').trim())
      .find(Boolean) ?? '';
  const title = `CAF ${code}: ${first}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/**
 * Turns the improvement points of a subcriterion's consensus into an improvement action linked to
 * that subcriterion and round. One action per subcriterion and round: a second request answers 409
 * with the existing action's id.
 */
export async function actionFromImprovement(
  db: Db,
  orgId: string,
  a: Assessment,
  userId: string,
  code: string,
  input: { title?: string; ownerId?: string | null; dueDate?: string | null },
) {
  requireSubcriterion(code);
  requireConsensusPhase(a, true);
  const improvements = await consensusImprovements(db, orgId, a.id, code);
  if (!improvements?.trim()) {
    throw new AppError('validation', msg('subcriterion_no_improvement_points', { code }), {
      fields: [{ path: 'improvements', message: msg('empty') }],
    });
  }
  const existing = (await actionsOfAssessment(db, orgId, a.id)).find((x) => x.subcriterion === code);
  if (existing) {
    throw new AppError('conflict', msg('improvement_action_already_exists', { code, title: existing.title }), {
      details: { actionId: existing.id },
    });
  }
  const title = input.title?.trim() || actionTitle(code, improvements);
  const { id } = await createAction(db, orgId, userId, {
    title,
    description: improvements,
    ownerId: input.ownerId ?? null,
    dueDate: input.dueDate ?? null,
    caf: [{ subcriterion: code, assessmentId: a.id }],
  });
  return { id, title };
}
