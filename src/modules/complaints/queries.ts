/**
 * The complaint register's queries (Kysely only, every one scoped to the organisation; the public
 * link's lookup by token hash is listed in server/unscoped.ts).
 */
import { type Selectable, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import type { DeadlineRule, HandlingDates } from './logic.ts';
import type { ComplaintInput, HandlingPatch } from './schema.ts';
import type { CpComplaintTable } from './tables.ts';

/** Which complaints a caller sees: all of the organisation, or a caseload (`clientIds`) plus their own registrations without a client. */
export type ComplaintScope = { all: true } | { all: false; userId: string; clientIds: ReadonlySet<string> };

export async function listRules(db: DbOrTx, orgId: string): Promise<(DeadlineRule & { id: string })[]> {
  const rows = await db
    .selectFrom('cp_rule')
    .select(['id', 'valid_from', 'valid_to', 'ack_days', 'answer_days'])
    .where('org_id', '=', orgId)
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    ackDays: r.ack_days,
    answerDays: r.answer_days,
  }));
}

/** Adds a rule from `validFrom`; the rule valid the day before ends then. */
export async function insertRule(
  db: DbOrTx,
  orgId: string,
  r: { validFrom: string; ackDays: number; answerDays: number; previousEnd: string },
): Promise<string> {
  await db
    .updateTable('cp_rule')
    .set({ valid_to: r.previousEnd })
    .where('org_id', '=', orgId)
    .where('valid_from', '<', r.validFrom)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', r.previousEnd)]))
    .execute();
  const row = await db
    .insertInto('cp_rule')
    .values({ org_id: orgId, valid_from: r.validFrom, ack_days: r.ackDays, answer_days: r.answerDays })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? '';
}

export async function insertComplaint(
  db: DbOrTx,
  orgId: string,
  input: ComplaintInput & { ackDue: string; answerDue: string; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('cp_complaint')
    .values({
      org_id: orgId,
      kind: input.kind,
      source: input.source,
      channel: input.channel,
      received_on: input.receivedOn,
      subject: input.subject,
      description: input.description ?? '',
      about_kind: input.aboutKind,
      about: input.about ?? '',
      severity: input.severity,
      client_id: input.clientId ?? null,
      complainant: input.complainant ?? '',
      contact: input.contact ?? '',
      ack_due: input.ackDue,
      answer_due: input.answerDue,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const columns = [
  'c.id',
  'c.kind',
  'c.source',
  'c.channel',
  'c.received_on',
  'c.subject',
  'c.description',
  'c.about_kind',
  'c.about',
  'c.severity',
  'c.client_id',
  'c.complainant',
  'c.contact',
  'c.ack_due',
  'c.answer_due',
  'c.handler_id',
  'c.acknowledged_on',
  'c.answered_on',
  'c.outcome',
  'c.answer',
  'c.created_by',
] as const;

/** The complaints a scope sees (newest first), with their handler's and author's names. */
export async function selectComplaints(db: DbOrTx, orgId: string, scope: ComplaintScope, complaintId?: string) {
  let q = db
    .selectFrom('cp_complaint as c')
    .leftJoin('app_user as h', 'h.id', 'c.handler_id')
    .leftJoin('app_user as a', 'a.id', 'c.created_by')
    .select([...columns, 'h.name as handler_name', 'a.name as author_name'])
    .where('c.org_id', '=', orgId);
  if (complaintId) q = q.where('c.id', '=', complaintId);
  if (!scope.all) {
    const ids = [...scope.clientIds];
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('c.client_id', 'is', null), eb('c.created_by', '=', scope.userId)]),
        ...(ids.length ? [eb('c.client_id', 'in', ids)] : []),
      ]),
    );
  }
  return q.orderBy('c.received_on', 'desc').orderBy('c.created_at', 'desc').execute();
}
export type ComplaintRow = Awaited<ReturnType<typeof selectComplaints>>[number];

export async function selectSteps(db: DbOrTx, orgId: string, complaintId: string) {
  return db
    .selectFrom('cp_step as s')
    .leftJoin('app_user as u', 'u.id', 's.author_id')
    .select(['s.id', 's.done_on', 's.note', 'u.name as author'])
    .where('s.org_id', '=', orgId)
    .where('s.complaint_id', '=', complaintId)
    .orderBy('s.done_on')
    .orderBy('s.created_at')
    .execute();
}

export async function insertStep(
  db: DbOrTx,
  orgId: string,
  complaintId: string,
  step: { doneOn: string; note: string; authorId: string },
): Promise<string> {
  const row = await db
    .insertInto('cp_step')
    .values({
      org_id: orgId,
      complaint_id: complaintId,
      done_on: step.doneOn,
      note: step.note,
      author_id: step.authorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateComplaint(db: DbOrTx, orgId: string, complaintId: string, patch: HandlingPatch) {
  const set = {
    ...(patch.handlerId !== undefined ? { handler_id: patch.handlerId } : {}),
    ...(patch.acknowledgedOn !== undefined ? { acknowledged_on: patch.acknowledgedOn } : {}),
    ...(patch.answeredOn !== undefined ? { answered_on: patch.answeredOn } : {}),
    ...(patch.outcome !== undefined ? { outcome: patch.outcome } : {}),
    ...(patch.answer !== undefined ? { answer: patch.answer } : {}),
    ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
    ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
    ...(patch.about !== undefined ? { about: patch.about } : {}),
  };
  await db
    .updateTable('cp_complaint')
    .set({ ...set, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', complaintId)
    .execute();
}

export async function isMember(db: DbOrTx, orgId: string, userId: string): Promise<boolean> {
  const m = await db
    .selectFrom('membership')
    .select('id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Boolean(m);
}

/** The handling dates of the organisation's complaints (not the remarks), for the figures. */
export async function handlingDates(db: DbOrTx, orgId: string): Promise<HandlingDates[]> {
  const rows = await db
    .selectFrom('cp_complaint')
    .select(['received_on', 'ack_due', 'answer_due', 'acknowledged_on', 'answered_on', 'outcome'])
    .where('org_id', '=', orgId)
    .where('kind', '=', 'complaint')
    .orderBy('received_on')
    .execute();
  return rows.map(handlingDatesOf);
}

/** The handling dates of a complaint's row. */
export function handlingDatesOf(
  r: Pick<
    Selectable<CpComplaintTable>,
    'received_on' | 'ack_due' | 'answer_due' | 'acknowledged_on' | 'answered_on' | 'outcome'
  >,
): HandlingDates {
  return {
    receivedOn: r.received_on,
    ackDue: r.ack_due,
    answerDue: r.answer_due,
    acknowledgedOn: r.acknowledged_on,
    answeredOn: r.answered_on,
    outcome: r.outcome,
  };
}

/** The subject of a complaint of the organisation, or null. */
export async function complaintSubject(db: DbOrTx, orgId: string, complaintId: string): Promise<string | null> {
  const row = await db
    .selectFrom('cp_complaint')
    .select('subject')
    .where('org_id', '=', orgId)
    .where('id', '=', complaintId)
    .executeTakeFirst();
  return row?.subject ?? null;
}

export async function publicLinkOf(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('cp_public_link')
    .select(['token_hash', 'created_on'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

export async function savePublicLink(db: DbOrTx, orgId: string, hash: string, createdOn: string, userId: string) {
  await db
    .insertInto('cp_public_link')
    .values({ org_id: orgId, token_hash: hash, created_on: createdOn, created_by: userId })
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({ token_hash: hash, created_on: createdOn, created_by: userId }),
    )
    .execute();
}

export async function deletePublicLink(db: DbOrTx, orgId: string) {
  await db.deleteFrom('cp_public_link').where('org_id', '=', orgId).execute();
}

/** Anonymous complaints received through the public link today (the daily cap). */
export async function anonymousToday(db: DbOrTx, orgId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('cp_complaint')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('channel', '=', 'public_link')
    .where('received_on', '=', day)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
