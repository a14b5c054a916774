/** The Kysely queries of the improvement actions; every one takes the organisation id. */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { ActionStatus } from './tables.ts';

export interface ActionLinks {
  kpiIds?: string[];
  caf?: { subcriterion: string; assessmentId?: string | null }[];
}

export async function insertAction(
  db: DbOrTx,
  orgId: string,
  a: {
    title: string;
    description: string;
    ownerId: string | null;
    dueDate: string | null;
    status: ActionStatus;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('perf_action')
    .values({
      org_id: orgId,
      title: a.title,
      description: a.description,
      owner_id: a.ownerId,
      due_date: a.dueDate,
      status: a.status,
      created_by: a.createdBy,
      done_at: a.status === 'done' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes the given fields (undefined ones stay); a new status sets or clears the completion date. */
export async function updateActionRow(
  db: DbOrTx,
  orgId: string,
  actionId: string,
  set: {
    title?: string;
    description?: string;
    ownerId?: string | null;
    dueDate?: string | null;
    status?: ActionStatus;
  },
): Promise<void> {
  await db
    .updateTable('perf_action')
    .set({
      title: set.title,
      description: set.description,
      owner_id: set.ownerId,
      due_date: set.dueDate,
      ...(set.status ? { status: set.status, done_at: set.status === 'done' ? new Date() : null } : {}),
      updated_at: new Date(),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .execute();
}

export async function insertProgressNote(
  db: DbOrTx,
  orgId: string,
  actionId: string,
  note: { body: string; status: ActionStatus; authorId: string },
): Promise<{ id: string }> {
  return db
    .insertInto('perf_action_note')
    .values({ org_id: orgId, action_id: actionId, body: note.body, status: note.status, author_id: note.authorId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The ids among `kpiIds` that are KPIs of the organisation. */
export async function existingKpiIds(db: DbOrTx, orgId: string, kpiIds: string[]): Promise<Set<string>> {
  if (!kpiIds.length) return new Set();
  const rows = await db.selectFrom('kpi').select('id').where('org_id', '=', orgId).where('id', 'in', kpiIds).execute();
  return new Set(rows.map((k) => k.id));
}

/** The status of an action, or a 404. */
export async function actionStatus(db: DbOrTx, orgId: string, actionId: string): Promise<ActionStatus> {
  const row = await db
    .selectFrom('perf_action')
    .select(['status'])
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row.status;
}

export async function replaceLinks(db: DbOrTx, orgId: string, actionId: string, links: ActionLinks): Promise<void> {
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

/** An action's description and creation time, and its progress notes (newest first). */
export async function actionExtras(db: Db, orgId: string, actionId: string) {
  const row = await db
    .selectFrom('perf_action')
    .select(['id', 'description', 'created_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  const notes = await db
    .selectFrom('perf_action_note as n')
    .leftJoin('app_user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.status', 'n.created_at', 'u.name as author'])
    .where('n.org_id', '=', orgId)
    .where('n.action_id', '=', actionId)
    .orderBy('n.created_at', 'desc')
    .execute();
  return { row, notes };
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
