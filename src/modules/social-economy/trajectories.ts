/** Transition trajectories (phase 2): phases, coaching hours per phase, outcome, funding rules, warnings. */
import { today as todayOf } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import {
  COACHING_HOURS_TARGET,
  currentPhase,
  type FundingRule,
  fundingOn,
  nextPhase,
  phaseSpans,
  type Warning,
  warningsOn,
} from './logic/trajectories.ts';
import { type Outcome, type Phase, PHASES } from './logic/types.ts';
import { msg } from './messages.ts';
import type { Trajectory } from './schema.ts';
import type { Scope } from './scope.ts';

export async function fundingRules(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('se_funding_rule')
    .select(['id', 'valid_from as validFrom', 'valid_to as validTo', 'amount_cents as amountCents', 'note'])
    .where('org_id', '=', orgId)
    .orderBy('valid_from', 'desc')
    .execute();
  return rows;
}

export async function addFundingRule(
  db: DbOrTx,
  orgId: string,
  input: { validFrom: string; validTo?: string | null; amountCents: number; note?: string },
) {
  const row = await db
    .insertInto('se_funding_rule')
    .values({
      org_id: orgId,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      amount_cents: input.amountCents,
      note: input.note ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteFundingRule(db: DbOrTx, orgId: string, ruleId: string) {
  const gone = await db
    .deleteFrom('se_funding_rule')
    .where('org_id', '=', orgId)
    .where('id', '=', ruleId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw new AppError('not_found', msg('rule_not_found'));
}

/** The trajectories in scope (of one worker when `workerId` is given), newest first. */
export async function trajectoriesOf(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  workerId?: string,
): Promise<Trajectory[]> {
  let q = db
    .selectFrom('se_trajectory as t')
    .innerJoin('se_worker as w', 'w.id', 't.worker_id')
    .innerJoin('se_partner as p', 'p.id', 'w.partner_id')
    .select([
      't.id',
      't.worker_id',
      'w.name as worker_name',
      'w.partner_id',
      'p.name as partner_name',
      't.started_on',
      't.outcome',
      't.outcome_on',
      't.note',
    ])
    .where('t.org_id', '=', orgId)
    .orderBy('t.started_on', 'desc');
  if (scope.partnerId !== null) q = q.where('w.partner_id', '=', scope.partnerId);
  if (workerId) q = q.where('t.worker_id', '=', workerId);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [phases, hours, rules] = await Promise.all([
    db
      .selectFrom('se_trajectory_phase')
      .select(['trajectory_id', 'phase', 'started_on'])
      .where('org_id', '=', orgId)
      .where('trajectory_id', 'in', ids)
      .execute(),
    db
      .selectFrom('se_hours')
      .select(['trajectory_id', 'phase', 'hours'])
      .where('org_id', '=', orgId)
      .where('trajectory_id', 'in', ids)
      .execute(),
    fundingRules(db, orgId),
  ]);
  const today = todayOf();
  return rows.map((r) => {
    const starts = phases
      .filter((p) => p.trajectory_id === r.id)
      .map((p) => ({ phase: p.phase, startedOn: p.started_on }));
    const mine = hours.filter((h) => h.trajectory_id === r.id);
    const hoursIn = (phase: Phase) => mine.filter((h) => h.phase === phase).reduce((s, h) => s + Number(h.hours), 0);
    const current = currentPhase(starts, r.outcome_on);
    return {
      id: r.id,
      workerId: r.worker_id,
      workerName: r.worker_name,
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      startedOn: r.started_on,
      outcome: r.outcome,
      outcomeOn: r.outcome_on,
      note: r.note,
      currentPhase: current,
      nextPhase: r.outcome === null ? nextPhase(starts.length === 0 ? null : (current ?? null)) : null,
      phases: phaseSpans(starts, r.outcome_on, today).map((s) => ({ ...s, coachingHours: hoursIn(s.phase) })),
      coachingHours: mine.reduce((s, h) => s + Number(h.hours), 0),
      coachingTarget: COACHING_HOURS_TARGET,
      fundingCents: fundingOn(rules as FundingRule[], r.started_on),
    };
  });
}

async function requireTrajectory(db: DbOrTx, orgId: string, scope: Scope, workerId: string, trajectoryId: string) {
  const t = (await trajectoriesOf(db, orgId, scope, workerId)).find((x) => x.id === trajectoryId);
  if (!t) throw new AppError('not_found', msg('trajectory_not_found'));
  return t;
}

/** Starts a trajectory for a worker, in its first phase (voortraject) on the start date. */
export async function startTrajectory(
  db: DbOrTx,
  orgId: string,
  workerId: string,
  input: { startedOn: string; note?: string },
) {
  const running = await trajectoriesOf(db, orgId, { partnerId: null }, workerId);
  if (running.some((t) => t.outcome === null)) throw new AppError('conflict', msg('trajectory_running'));
  const row = await db
    .insertInto('se_trajectory')
    .values({ org_id: orgId, worker_id: workerId, started_on: input.startedOn, note: input.note ?? '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('se_trajectory_phase')
    .values({ org_id: orgId, trajectory_id: row.id, phase: PHASES[0], started_on: input.startedOn })
    .execute();
  return row.id;
}

/** Moves a running trajectory into its next phase. */
export async function enterPhase(
  db: DbOrTx,
  orgId: string,
  workerId: string,
  trajectoryId: string,
  input: { phase: Phase; startedOn: string },
) {
  const t = await requireTrajectory(db, orgId, { partnerId: null }, workerId, trajectoryId);
  if (t.outcome !== null) throw new AppError('conflict', msg('trajectory_closed'));
  if (t.nextPhase !== input.phase) throw invalidField('phase', msg('phase_order', { phase: input.phase }));
  const last = t.phases.at(-1);
  if (input.startedOn < (last?.startedOn ?? t.startedOn)) throw invalidField('startedOn', msg('phase_before'));
  await db
    .insertInto('se_trajectory_phase')
    .values({ org_id: orgId, trajectory_id: trajectoryId, phase: input.phase, started_on: input.startedOn })
    .execute();
}

/** Closes a trajectory with its outcome and date. */
export async function closeTrajectory(
  db: DbOrTx,
  orgId: string,
  workerId: string,
  trajectoryId: string,
  input: { outcome: Outcome; outcomeOn: string },
) {
  const t = await requireTrajectory(db, orgId, { partnerId: null }, workerId, trajectoryId);
  if (t.outcome !== null) throw new AppError('conflict', msg('trajectory_closed'));
  const last = t.phases.at(-1);
  if (input.outcomeOn < (last?.startedOn ?? t.startedOn)) throw invalidField('outcomeOn', msg('outcome_before'));
  await db
    .updateTable('se_trajectory')
    .set({ outcome: input.outcome, outcome_on: input.outcomeOn })
    .where('org_id', '=', orgId)
    .where('id', '=', trajectoryId)
    .execute();
}

/** The warnings in scope on `today`: phases and transition deadlines ending soon or overdue. */
export async function warnings(db: DbOrTx, orgId: string, scope: Scope, today = todayOf()): Promise<Warning[]> {
  let q = db
    .selectFrom('se_worker')
    .select(['id', 'name', 'lde_start_on', 'deadline_exception', 'left_on'])
    .where('org_id', '=', orgId);
  if (scope.partnerId !== null) q = q.where('partner_id', '=', scope.partnerId);
  const workers = await q.execute();
  const trajectories = await trajectoriesOf(db, orgId, scope);
  const latest = new Map<string, Trajectory>();
  for (const t of trajectories) if (!latest.has(t.workerId)) latest.set(t.workerId, t);
  return warningsOn(
    workers.map((w) => {
      const t = latest.get(w.id);
      return {
        workerId: w.id,
        workerName: w.name,
        ldeStartOn: w.lde_start_on,
        deadlineException: w.deadline_exception,
        active: w.left_on === null || w.left_on >= today,
        trajectory: t
          ? { starts: t.phases.map((p) => ({ phase: p.phase, startedOn: p.startedOn })), outcomeOn: t.outcomeOn }
          : null,
      };
    }),
    today,
  );
}
