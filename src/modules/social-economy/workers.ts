/** Placed workers: minimal data, the agreement they work under, hours, POP goals and evaluations. */
import { sql } from 'kysely';
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { currentPhase, transitionDeadline } from './logic/trajectories.ts';
import type { LanguageLevel, Phase, Talent } from './logic/types.ts';
import { msg } from './messages.ts';
import { checkPartner } from './partners.ts';
import type { HoursInput, Worker, WorkerInput } from './schema.ts';
import { type Scope, WHOLE_ORG } from './scope.ts';
import { trajectoriesOf } from './trajectories.ts';

export interface PlacedWorkerProfile {
  id: string;
  name: string;
  partnerId: string;
  partnerName: string;
  /** e.g. CEFR 'A1'..'C2' or null */
  languageLevel: string | null;
  /** talent codes from DOMAIN.md §6 (logic/types.ts TALENTS) */
  talents: string[];
  /** availability */
  hoursPerWeek: number | null;
}

function workerRows(db: DbOrTx, orgId: string, scope: Scope) {
  let q = db
    .selectFrom('se_worker as w')
    .innerJoin('se_partner as p', 'p.id', 'w.partner_id')
    .leftJoin('se_agreement as a', 'a.id', 'w.agreement_id')
    .selectAll('w')
    .select(['p.name as partner_name', 'a.title as agreement_title'])
    .select((eb) => [
      eb
        .selectFrom('se_hours as h')
        .select(sql<string>`coalesce(sum(h.hours), 0)`.as('s'))
        .whereRef('h.worker_id', '=', 'w.id')
        .where('h.kind', '=', 'work')
        .as('hours_worked'),
      eb
        .selectFrom('se_hours as h')
        .select(sql<string>`coalesce(sum(h.hours), 0)`.as('s'))
        .whereRef('h.worker_id', '=', 'w.id')
        .where('h.kind', '=', 'coaching')
        .as('hours_coached'),
    ])
    .where('w.org_id', '=', orgId)
    .orderBy('w.name');
  if (scope.partnerId !== null) q = q.where('w.partner_id', '=', scope.partnerId);
  return q.execute();
}

/** The running phase per worker (their running trajectory's). */
async function runningPhases(db: DbOrTx, orgId: string): Promise<Map<string, Phase | null>> {
  const rows = await db
    .selectFrom('se_trajectory as t')
    .innerJoin('se_trajectory_phase as f', 'f.trajectory_id', 't.id')
    .select(['t.worker_id', 'f.phase', 'f.started_on'])
    .where('t.org_id', '=', orgId)
    .where('t.outcome', 'is', null)
    .execute();
  const byWorker = new Map<string, { phase: Phase; startedOn: string }[]>();
  for (const r of rows)
    byWorker.set(r.worker_id, [...(byWorker.get(r.worker_id) ?? []), { phase: r.phase, startedOn: r.started_on }]);
  return new Map([...byWorker].map(([w, starts]) => [w, currentPhase(starts, null)]));
}

type Row = Awaited<ReturnType<typeof workerRows>>[number];

function present(r: Row, phase: Phase | null): Worker {
  return {
    id: r.id,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    agreementId: r.agreement_id,
    agreementTitle: r.agreement_title,
    name: r.name,
    tasks: r.tasks,
    languageLevel: r.language_level as LanguageLevel | null,
    talents: r.talents as Talent[],
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
    placedOn: r.placed_on,
    leftOn: r.left_on,
    ldeStartOn: r.lde_start_on,
    deadlineException: r.deadline_exception,
    transitionDeadline: r.lde_start_on === null ? null : transitionDeadline(r.lde_start_on, r.deadline_exception),
    currentPhase: phase,
    hoursWorked: Number(r.hours_worked ?? 0),
    hoursCoached: Number(r.hours_coached ?? 0),
  };
}

export async function listWorkers(db: DbOrTx, orgId: string, scope: Scope): Promise<Worker[]> {
  const [rows, phases] = await Promise.all([workerRows(db, orgId, scope), runningPhases(db, orgId)]);
  return rows.map((r) => present(r, phases.get(r.id) ?? null));
}

/** A worker in scope, or 404 (another organisation's or another partner's alike). */
export async function requireWorker(db: DbOrTx, orgId: string, scope: Scope, workerId: string): Promise<Worker> {
  const found = (await listWorkers(db, orgId, scope)).find((w) => w.id === workerId);
  if (!found) throw new AppError('not_found', msg('worker_not_found'));
  return found;
}

export async function workerDetail(db: DbOrTx, orgId: string, scope: Scope, workerId: string) {
  const w = await requireWorker(db, orgId, scope, workerId);
  const [hours, goals, evaluations, trajectories] = await Promise.all([
    db
      .selectFrom('se_hours as h')
      .leftJoin('app_user as u', 'u.id', 'h.logged_by')
      .select(['h.id', 'h.kind', 'h.worked_on as workedOn', 'h.hours', 'h.phase', 'h.note', 'u.name as loggedBy'])
      .where('h.org_id', '=', orgId)
      .where('h.worker_id', '=', workerId)
      .orderBy('h.worked_on', 'desc')
      .orderBy('h.created_at', 'desc')
      .execute(),
    db
      .selectFrom('se_goal')
      .select(['id', 'description', 'due_on as dueOn', 'status'])
      .where('org_id', '=', orgId)
      .where('worker_id', '=', workerId)
      .orderBy('due_on')
      .orderBy('description')
      .execute(),
    db
      .selectFrom('se_evaluation as e')
      .leftJoin('app_user as u', 'u.id', 'e.evaluated_by')
      .select(['e.id', 'e.evaluated_on as evaluatedOn', 'e.score', 'e.summary', 'u.name as evaluatedBy'])
      .where('e.org_id', '=', orgId)
      .where('e.worker_id', '=', workerId)
      .orderBy('e.evaluated_on', 'desc')
      .execute(),
    trajectoriesOf(db, orgId, scope, workerId),
  ]);
  return {
    ...w,
    hours: hours.map((h) => ({ ...h, hours: Number(h.hours) })),
    goals,
    evaluations,
    trajectories,
  };
}

async function checkAgreement(db: DbOrTx, orgId: string, partnerId: string, agreementId: string | null | undefined) {
  if (!agreementId) return;
  const row = await db
    .selectFrom('se_agreement')
    .select('id')
    .where('org_id', '=', orgId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', agreementId)
    .executeTakeFirst();
  if (!row) throw invalidField('agreementId', msg('unknown_agreement'), 'not_found');
}

function values(input: Partial<WorkerInput>) {
  return {
    ...(input.partnerId !== undefined && { partner_id: input.partnerId }),
    ...(input.agreementId !== undefined && { agreement_id: input.agreementId }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.tasks !== undefined && { tasks: input.tasks }),
    ...(input.languageLevel !== undefined && { language_level: input.languageLevel }),
    ...(input.talents !== undefined && { talents: JSON.stringify([...new Set(input.talents)]) }),
    ...(input.hoursPerWeek !== undefined && { hours_per_week: input.hoursPerWeek }),
    ...(input.placedOn !== undefined && { placed_on: input.placedOn }),
    ...(input.leftOn !== undefined && { left_on: input.leftOn }),
    ...(input.ldeStartOn !== undefined && { lde_start_on: input.ldeStartOn }),
    ...(input.deadlineException !== undefined && { deadline_exception: input.deadlineException }),
  };
}

function checkDates(placedOn: string | null | undefined, leftOn: string | null | undefined) {
  if (placedOn && leftOn && leftOn < placedOn) throw invalidField('leftOn', msg('left_before_placed'));
}

export async function createWorker(db: DbOrTx, orgId: string, input: WorkerInput): Promise<string> {
  await checkPartner(db, orgId, WHOLE_ORG, input.partnerId);
  await checkAgreement(db, orgId, input.partnerId, input.agreementId);
  checkDates(input.placedOn, input.leftOn);
  const row = await db
    .insertInto('se_worker')
    .values({ ...values(input), org_id: orgId, partner_id: input.partnerId, name: input.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWorker(db: DbOrTx, orgId: string, workerId: string, patch: Partial<WorkerInput>) {
  const w = await requireWorker(db, orgId, WHOLE_ORG, workerId);
  const partnerId = patch.partnerId ?? w.partnerId;
  if (patch.partnerId !== undefined) await checkPartner(db, orgId, WHOLE_ORG, partnerId);
  const agreementId = patch.agreementId !== undefined ? patch.agreementId : w.agreementId;
  await checkAgreement(db, orgId, partnerId, agreementId);
  checkDates(
    patch.placedOn !== undefined ? patch.placedOn : w.placedOn,
    patch.leftOn !== undefined ? patch.leftOn : w.leftOn,
  );
  const v = { ...values(patch), ...(patch.partnerId !== undefined && { agreement_id: agreementId ?? null }) };
  if (Object.keys(v).length === 0) return;
  await db.updateTable('se_worker').set(v).where('org_id', '=', orgId).where('id', '=', workerId).execute();
}

export async function deleteWorker(db: DbOrTx, orgId: string, workerId: string) {
  await requireWorker(db, orgId, WHOLE_ORG, workerId);
  await db.deleteFrom('se_worker').where('org_id', '=', orgId).where('id', '=', workerId).execute();
}

/** Logs worked or coaching hours; coaching in a running trajectory is booked on its current phase. */
export async function logHours(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  workerId: string,
  userId: string,
  input: HoursInput,
) {
  await requireWorker(db, orgId, scope, workerId);
  if (input.workedOn > today()) throw invalidField('workedOn', msg('not_in_future'));
  let phase: Phase | null = null;
  if (input.trajectoryId) {
    const t = (await trajectoriesOf(db, orgId, scope, workerId)).find((x) => x.id === input.trajectoryId);
    if (!t) throw invalidField('trajectoryId', msg('unknown_trajectory'), 'not_found');
    const span = [...t.phases].reverse().find((p) => p.startedOn <= input.workedOn);
    if (!span) throw invalidField('trajectoryId', msg('no_running_phase'));
    phase = span.phase;
  }
  const row = await db
    .insertInto('se_hours')
    .values({
      org_id: orgId,
      worker_id: workerId,
      kind: input.kind,
      worked_on: input.workedOn,
      hours: input.hours,
      trajectory_id: input.trajectoryId ?? null,
      phase,
      note: input.note ?? '',
      logged_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteHours(db: DbOrTx, orgId: string, scope: Scope, workerId: string, hoursId: string) {
  await requireWorker(db, orgId, scope, workerId);
  const gone = await db
    .deleteFrom('se_hours')
    .where('org_id', '=', orgId)
    .where('worker_id', '=', workerId)
    .where('id', '=', hoursId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw new AppError('not_found', msg('worker_not_found'));
}

/**
 * Every placed worker of the organisation still placed (not left), as job-carving's matching reads them.
 * Published (public.ts); the signature is agreed with job-carving.
 */
export async function placedWorkerProfiles(db: DbOrTx, orgId: string): Promise<PlacedWorkerProfile[]> {
  const rows = await db
    .selectFrom('se_worker as w')
    .innerJoin('se_partner as p', 'p.id', 'w.partner_id')
    .select([
      'w.id',
      'w.name',
      'w.partner_id',
      'p.name as partner_name',
      'w.language_level',
      'w.talents',
      'w.hours_per_week',
    ])
    .where('w.org_id', '=', orgId)
    .where((eb) => eb.or([eb('w.left_on', 'is', null), eb('w.left_on', '>=', today())]))
    .orderBy('w.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    languageLevel: r.language_level,
    talents: r.talents,
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
  }));
}
