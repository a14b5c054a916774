/**
 * The complaint register: registering (deadlines fixed from the rule valid on the day of receipt),
 * what a caller sees (client data follows the caseload rules of clients/public.ts), handling, steps,
 * the deadline rules, the figures and the public link for anonymous complaints.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { addDays, today } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError, invalidField } from '../../server/errors.ts';
import { clientNames, requireVisibleClient, type Viewer, visibleClientIds } from '../clients/public.ts';
import { deadlines, figuresOf, onTime, overdue, ruleOn, stageOf } from './logic.ts';
import { msg } from './messages.ts';
import {
  type ComplaintRow,
  type ComplaintScope,
  complaintSubject,
  handlingDates,
  handlingDatesOf,
  insertComplaint,
  insertRule,
  insertStep,
  isMember,
  listRules,
  publicLinkOf,
  savePublicLink,
  selectComplaints,
  selectSteps,
  updateComplaint,
} from './queries.ts';
import type { ComplaintDetail, ComplaintInput, ComplaintSummary, HandlingPatch } from './schema.ts';

export async function scopeOf(db: DbOrTx, orgId: string, viewer: Viewer): Promise<ComplaintScope> {
  const ids = await visibleClientIds(db, orgId, viewer);
  return ids === null ? { all: true } : { all: false, userId: viewer.userId, clientIds: ids };
}

function present(r: ComplaintRow, clients: Map<string, string>, day: string): ComplaintSummary {
  const dates = handlingDatesOf(r);
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    channel: r.channel,
    receivedOn: r.received_on,
    subject: r.subject,
    aboutKind: r.about_kind,
    about: r.about,
    severity: r.severity,
    client: r.client_id ? { id: r.client_id, name: clients.get(r.client_id) ?? '' } : null,
    handler: r.handler_id ? { userId: r.handler_id, name: r.handler_name ?? '' } : null,
    ackDue: r.ack_due,
    answerDue: r.answer_due,
    acknowledgedOn: r.acknowledged_on,
    answeredOn: r.answered_on,
    outcome: r.outcome,
    stage: stageOf(dates),
    overdue: overdue(dates, day),
    onTime: onTime(dates, day),
  };
}

/** The complaints the viewer sees, newest first. */
export async function listComplaints(db: DbOrTx, orgId: string, viewer: Viewer): Promise<ComplaintSummary[]> {
  const rows = await selectComplaints(db, orgId, await scopeOf(db, orgId, viewer));
  const clients = await clientNames(
    db,
    orgId,
    rows.flatMap((r) => (r.client_id ? [r.client_id] : [])),
  );
  const day = today();
  return rows.map((r) => present(r, clients, day));
}

/** One complaint with its steps; 404 when the viewer may not see it. */
export async function complaintDetail(
  db: DbOrTx,
  orgId: string,
  viewer: Viewer,
  complaintId: string,
): Promise<ComplaintDetail> {
  const [row] = await selectComplaints(db, orgId, await scopeOf(db, orgId, viewer), complaintId);
  if (!row) throw AppError.notFound();
  const clients = await clientNames(db, orgId, row.client_id ? [row.client_id] : []);
  const steps = await selectSteps(db, orgId, complaintId);
  return {
    ...present(row, clients, today()),
    description: row.description,
    complainant: row.complainant,
    contact: row.contact,
    answer: row.answer,
    createdBy: row.created_by ? { userId: row.created_by, name: row.author_name ?? '' } : null,
    steps: steps.map((s) => ({ id: s.id, doneOn: s.done_on, note: s.note, author: s.author ?? null })),
  };
}

/** Registers a complaint; a client outside the viewer's caseload answers 404, an unknown one 400. */
export async function registerComplaint(db: Db, orgId: string, viewer: Viewer, input: ComplaintInput): Promise<string> {
  if (input.receivedOn > today()) throw invalidField('receivedOn', msg('not_in_future'));
  if (input.clientId) {
    await requireVisibleClient(db, orgId, viewer, input.clientId);
    if (!(await clientNames(db, orgId, [input.clientId])).has(input.clientId))
      throw invalidField('clientId', msg('unknown_client'));
  }
  const due = deadlines(await listRules(db, orgId), input.receivedOn);
  return insertComplaint(db, orgId, { ...input, ...due, createdBy: viewer.userId });
}

/** Changes the handling of a complaint (the handler, acknowledgement, answer, outcome). */
export async function handleComplaint(
  db: Db,
  orgId: string,
  viewer: Viewer,
  complaintId: string,
  patch: HandlingPatch,
): Promise<void> {
  const before = await complaintDetail(db, orgId, viewer, complaintId);
  const fields: FieldError[] = [];
  if (patch.handlerId && !(await isMember(db, orgId, patch.handlerId)))
    fields.push({ path: 'handlerId', message: msg('not_member') });
  const day = today();
  const ack = patch.acknowledgedOn !== undefined ? patch.acknowledgedOn : before.acknowledgedOn;
  const answered = patch.answeredOn !== undefined ? patch.answeredOn : before.answeredOn;
  const outcome = patch.outcome !== undefined ? patch.outcome : before.outcome;
  for (const [path, value] of [
    ['acknowledgedOn', ack],
    ['answeredOn', answered],
  ] as const) {
    if (value && value < before.receivedOn) fields.push({ path, message: msg('before_received') });
    else if (value && value > day) fields.push({ path, message: msg('not_in_future') });
  }
  if (ack && answered && ack > answered) fields.push({ path: 'acknowledgedOn', message: msg('ack_after_answer') });
  if (answered && !outcome) fields.push({ path: 'outcome', message: msg('answer_needs_outcome') });
  if (fields.length) throw new AppError('validation', undefined, { fields });
  await updateComplaint(db, orgId, complaintId, patch);
}

export async function addStep(
  db: Db,
  orgId: string,
  viewer: Viewer,
  complaintId: string,
  step: { doneOn: string; note: string },
): Promise<string> {
  const c = await complaintDetail(db, orgId, viewer, complaintId);
  if (step.doneOn < c.receivedOn) throw invalidField('doneOn', msg('before_received'));
  if (step.doneOn > today()) throw invalidField('doneOn', msg('not_in_future'));
  return insertStep(db, orgId, complaintId, { ...step, authorId: viewer.userId });
}

export async function rulesOf(db: DbOrTx, orgId: string) {
  const items = await listRules(db, orgId);
  const { ackDays, answerDays } = ruleOn(items, today());
  return { items, current: { ackDays, answerDays } };
}

export async function addRule(db: Db, orgId: string, r: { validFrom: string; ackDays: number; answerDays: number }) {
  if (r.answerDays < r.ackDays) throw invalidField('answerDays', msg('answer_before_ack'));
  return db.transaction().execute(async (tx) => {
    const id = await insertRule(tx, orgId, { ...r, previousEnd: addDays(r.validFrom, -1) });
    if (!id)
      throw new AppError('conflict', msg('rule_exists'), {
        fields: [{ path: 'validFrom', message: msg('rule_exists') }],
      });
    return id;
  });
}

const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

/** The complaint figures per calendar year (the register's years, up to today's). */
export async function yearFigures(db: DbOrTx, orgId: string) {
  const list = await handlingDates(db, orgId);
  const day = today();
  if (!list.length) return { years: [] };
  const first = Number(list[0]!.receivedOn.slice(0, 4));
  const last = Number(day.slice(0, 4));
  const years = [];
  for (let year = last; year >= first; year--) {
    const f = figuresOf(list, `${year}-01-01`, `${year}-12-31`, day);
    years.push({
      year,
      received: f.received,
      onTimeShare: pct(f.onTime, f.judged),
      foundedShare: pct(f.founded, f.answered),
      meanHandlingDays: f.answered ? Math.round((f.handlingDays / f.answered) * 10) / 10 : null,
    });
  }
  return { years };
}

/** Whether a complaint exists in the organisation (for performance: an action's origin). */
export async function complaintForAction(db: DbOrTx, orgId: string, complaintId: string) {
  const subject = await complaintSubject(db, orgId, complaintId);
  return subject === null ? null : { id: complaintId, subject };
}

/* ---------- The public link: `<orgId>.<secret>`, only the SHA-256 of the secret is stored ---------- */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{22,64}$/;
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new public link for the organisation (the old one stops working); the token is shown only now. */
export async function rotatePublicLink(
  db: Db,
  orgId: string,
  userId: string,
): Promise<{ token: string; createdOn: string }> {
  const secret = randomBytes(18).toString('base64url');
  const createdOn = today();
  await savePublicLink(db, orgId, hashOf(secret), createdOn, userId);
  return { token: `${orgId}.${secret}`, createdOn };
}

/** The organisation a public token opens, or 404 (unknown, rotated or switched off). */
export async function orgOfToken(db: DbOrTx, token: string): Promise<string> {
  const dot = token.indexOf('.');
  const orgId = token.slice(0, dot).toLowerCase();
  const secret = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(orgId) || !SECRET.test(secret)) throw new AppError('not_found', msg('link_unknown'));
  const link = await publicLinkOf(db, orgId);
  const hash = hashOf(secret);
  if (
    !link ||
    link.token_hash.length !== hash.length ||
    !timingSafeEqual(Buffer.from(link.token_hash), Buffer.from(hash))
  )
    throw new AppError('not_found', msg('link_unknown'));
  return orgId;
}

/** Registers an anonymous complaint received through the public link today. */
export async function registerAnonymous(db: Db, orgId: string, input: { about?: string; description: string }) {
  const receivedOn = today();
  const due = deadlines(await listRules(db, orgId), receivedOn);
  return insertComplaint(db, orgId, {
    kind: 'complaint',
    source: 'anonymous',
    channel: 'public_link',
    receivedOn,
    subject: (input.about?.trim() || msg('anonymous_subject').nl).slice(0, 200),
    description: input.description,
    aboutKind: 'other',
    about: input.about ?? '',
    severity: 'medium',
    clientId: null,
    ...due,
    createdBy: null,
  });
}
