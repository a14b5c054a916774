/**
 * Improvement actions in a Plan-Do-Check-Act cycle: owner, due date, status, the KPIs and CAF
 * subcriteria they serve, and progress notes. An action is overdue when its due date has passed and
 * it is not done.
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import type { ActionInput, ActionPatch } from './plan-schema.ts';
import type { ActionStatus } from './tables.ts';
import { existingAssessments } from '../caf/public.ts';
import { msg } from './messages.ts';

type Conn = DbOrTx;

export interface ActionLinks {
  kpiIds?: string[];
  caf?: { subcriterion: string; assessmentId?: string | null }[];
}

/** Refuses owners who are not members and KPIs or assessments of another organisation, naming the field. */
async function checkReferences(
  db: Conn,
  orgId: string,
  input: { ownerId?: string | null } & ActionLinks,
): Promise<void> {
  const fields: FieldError[] = [];
  if (input.ownerId) {
    const member = await db
      .selectFrom('membership')
      .select('id')
      .where('org_id', '=', orgId)
      .where('user_id', '=', input.ownerId)
      .executeTakeFirst();
    if (!member)
      fields.push({
        path: 'ownerId',
        message: msg('not_member_organisation'),
      });
  }
  const kpiIds = [...new Set(input.kpiIds ?? [])];
  if (kpiIds.length) {
    const found = new Set(
      (await db.selectFrom('kpi').select('id').where('org_id', '=', orgId).where('id', 'in', kpiIds).execute()).map(
        (k) => k.id,
      ),
    );
    (input.kpiIds ?? []).forEach((id, i) => {
      if (!found.has(id)) fields.push({ path: `kpiIds.${i}`, message: msg('unknown_indicator') });
    });
  }
  const assessmentIds = [
    ...new Set((input.caf ?? []).map((c) => c.assessmentId).filter((id): id is string => Boolean(id))),
  ];
  if (assessmentIds.length) {
    const found = await existingAssessments(db, orgId, assessmentIds);
    (input.caf ?? []).forEach((c, i) => {
      if (c.assessmentId && !found.has(c.assessmentId))
        fields.push({
          path: `caf.${i}.assessmentId`,
          message: msg('unknown_selfassessment'),
        });
    });
  }
  if (fields.length) {
    const summary = fields.map((f) => f.path).join(', ');
    throw new AppError('validation', msg('invalid_reference', { summary }), { fields });
  }
}

async function replaceLinks(db: Conn, orgId: string, actionId: string, links: ActionLinks): Promise<void> {
  if (links.kpiIds) {
    await db.deleteFrom('perf_action_kpi').where('action_id', '=', actionId).execute();
    const ids = [...new Set(links.kpiIds)];
    if (ids.length)
      await db
        .insertInto('perf_action_kpi')
        .values(ids.map((kpi_id) => ({ org_id: orgId, action_id: actionId, kpi_id })))
        .execute();
  }
  if (links.caf) {
    await db.deleteFrom('perf_action_caf').where('action_id', '=', actionId).execute();
    const bySubcriterion = new Map(links.caf.map((c) => [c.subcriterion, c.assessmentId ?? null]));
    if (bySubcriterion.size) {
      await db
        .insertInto('perf_action_caf')
        .values(
          [...bySubcriterion].map(([subcriterion, assessment_id]) => ({
            org_id: orgId,
            action_id: actionId,
            subcriterion,
            assessment_id,
          })),
        )
        .execute();
    }
  }
}

/** Creates an action with its links (KPIs, CAF subcriteria) in one transaction. */
export async function createAction(db: Db, orgId: string, userId: string, input: ActionInput): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    await checkReferences(tx, orgId, input);
    const status = input.status ?? 'plan';
    const row = await tx
      .insertInto('perf_action')
      .values({
        org_id: orgId,
        title: input.title,
        description: input.description ?? '',
        owner_id: input.ownerId ?? null,
        due_date: input.dueDate ?? null,
        status,
        created_by: userId,
        done_at: status === 'done' ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceLinks(tx, orgId, row.id, input);
    return { id: row.id };
  });
}

/** Changes an action; links given replace the old ones. Leaving 'done' clears the completion date. */
export async function updateAction(db: Db, orgId: string, actionId: string, patch: ActionPatch): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('perf_action')
      .select(['status'])
      .where('org_id', '=', orgId)
      .where('id', '=', actionId)
      .executeTakeFirst();
    if (!before) throw AppError.notFound();
    await checkReferences(tx, orgId, patch);
    const statusChange =
      patch.status && patch.status !== before.status
        ? { status: patch.status, done_at: patch.status === 'done' ? new Date() : null }
        : {};
    await tx
      .updateTable('perf_action')
      .set({
        title: patch.title,
        description: patch.description,
        owner_id: patch.ownerId,
        due_date: patch.dueDate,
        ...statusChange,
        updated_at: new Date(),
      })
      .where('org_id', '=', orgId)
      .where('id', '=', actionId)
      .execute();
    await replaceLinks(tx, orgId, actionId, patch);
  });
}

/** Adds a progress note; with a status it also moves the action to that step of the cycle. */
export async function addProgressNote(
  db: Db,
  orgId: string,
  actionId: string,
  userId: string,
  note: { body: string; status?: ActionStatus },
): Promise<{ id: string }> {
  return db.transaction().execute(async (tx) => {
    const action = await tx
      .selectFrom('perf_action')
      .select(['status'])
      .where('org_id', '=', orgId)
      .where('id', '=', actionId)
      .executeTakeFirst();
    if (!action) throw AppError.notFound();
    const status = note.status ?? action.status;
    if (status !== action.status) {
      await tx
        .updateTable('perf_action')
        .set({ status, done_at: status === 'done' ? new Date() : null, updated_at: new Date() })
        .where('id', '=', actionId)
        .execute();
    }
    return tx
      .insertInto('perf_action_note')
      .values({ org_id: orgId, action_id: actionId, body: note.body, status, author_id: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
  });
}

export async function deleteAction(db: Db, orgId: string, actionId: string): Promise<void> {
  const r = await db
    .deleteFrom('perf_action')
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

export interface ActionFilter {
  status?: ActionStatus | 'open';
  ownerId?: string;
  kpiId?: string;
  overdue?: boolean;
  actionId?: string;
}

export interface ActionSummary {
  id: string;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  overdue: boolean;
  owner: { id: string; name: string } | null;
  doneAt: string | null;
  updatedAt: string;
  kpis: { id: string; code: string; nameNl: string; nameEn: string }[];
  caf: { subcriterion: string; assessmentId: string | null }[];
  notes: number;
}

/** Actions of an organisation, overdue first, then by due date. `today` decides what is overdue. */
export async function listActions(
  db: Db,
  orgId: string,
  today: string,
  filter: ActionFilter = {},
): Promise<ActionSummary[]> {
  let q = db
    .selectFrom('perf_action as a')
    .leftJoin('app_user as u', 'u.id', 'a.owner_id')
    .select([
      'a.id',
      'a.title',
      'a.status',
      'a.due_date',
      'a.owner_id',
      'u.name as owner_name',
      'a.done_at',
      'a.updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('perf_action_note as n')
        .select(eb.fn.countAll<string>().as('c'))
        .whereRef('n.action_id', '=', 'a.id')
        .as('notes'),
    )
    .where('a.org_id', '=', orgId);
  if (filter.status === 'open') q = q.where('a.status', '<>', 'done');
  else if (filter.status) q = q.where('a.status', '=', filter.status);
  if (filter.ownerId) q = q.where('a.owner_id', '=', filter.ownerId);
  if (filter.actionId) q = q.where('a.id', '=', filter.actionId);
  if (filter.overdue) q = q.where('a.status', '<>', 'done').where('a.due_date', '<', today);
  if (filter.kpiId)
    q = q.where('a.id', 'in', (eb) =>
      eb.selectFrom('perf_action_kpi').select('action_id').where('kpi_id', '=', filter.kpiId!),
    );
  const rows = await q
    .orderBy(sql`a.status = 'done'`)
    .orderBy('a.due_date', (o) => o.asc().nullsLast())
    .orderBy('a.title')
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const kpis = await db
    .selectFrom('perf_action_kpi as l')
    .innerJoin('kpi as k', 'k.id', 'l.kpi_id')
    .select(['l.action_id', 'k.id', 'k.code', 'k.name_nl', 'k.name_en'])
    .where('l.action_id', 'in', ids)
    .orderBy('k.code')
    .execute();
  const caf = await db
    .selectFrom('perf_action_caf')
    .select(['action_id', 'subcriterion', 'assessment_id'])
    .where('action_id', 'in', ids)
    .orderBy('subcriterion')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    dueDate: r.due_date,
    overdue: r.status !== 'done' && r.due_date !== null && r.due_date < today,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    doneAt: r.done_at ? r.done_at.toISOString() : null,
    updatedAt: r.updated_at.toISOString(),
    kpis: kpis
      .filter((k) => k.action_id === r.id)
      .map((k) => ({ id: k.id, code: k.code, nameNl: k.name_nl, nameEn: k.name_en })),
    caf: caf
      .filter((c) => c.action_id === r.id)
      .map((c) => ({ subcriterion: c.subcriterion, assessmentId: c.assessment_id })),
    notes: Number(r.notes ?? 0),
  }));
}

/** One action with its description and progress notes (newest first). */
export async function actionDetail(db: Db, orgId: string, actionId: string, today: string) {
  const row = await db
    .selectFrom('perf_action')
    .select(['id', 'description', 'created_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  const [summary] = await listActions(db, orgId, today, { actionId });
  const notes = await db
    .selectFrom('perf_action_note as n')
    .leftJoin('app_user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.status', 'n.created_at', 'u.name as author'])
    .where('n.action_id', '=', actionId)
    .orderBy('n.created_at', 'desc')
    .execute();
  return {
    ...summary!,
    description: row.description,
    createdAt: row.created_at.toISOString(),
    progress: notes.map((n) => ({
      id: n.id,
      body: n.body,
      status: n.status,
      author: n.author ?? null,
      at: n.created_at.toISOString(),
    })),
  };
}

/** The improvement actions linked to the subcriteria of a round (perf_action_caf). */
export async function actionsOfAssessment(db: DbOrTx, orgId: string, assessmentId: string) {
  return db
    .selectFrom('perf_action_caf as l')
    .innerJoin('perf_action as a', (j) => j.onRef('a.id', '=', 'l.action_id').onRef('a.org_id', '=', 'l.org_id'))
    .select(['l.subcriterion', 'a.id', 'a.title', 'a.status', 'a.due_date'])
    .where('l.org_id', '=', orgId)
    .where('l.assessment_id', '=', assessmentId)
    .orderBy('a.created_at')
    .execute();
}
