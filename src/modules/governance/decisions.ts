/** The decision register: decisions of the organisation's bodies, what they serve, and their follow-up. */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { can, type Role } from '../orgs/public.ts';
import { assessmentRefs, projectRefs } from '../partnerships/public.ts';
import { objectiveRefs } from '../performance/public.ts';
import { msg } from './messages.ts';
import { BODIES, type Body, isBoardBody } from './logic.ts';
import type { Decision, DecisionChoices, DecisionInput } from './schema.ts';

/** The bodies whose decisions `role` may record: the board's need `governance.board`, the others `governance.manage`. */
export function bodiesFor(role: Role): Body[] {
  return BODIES.filter((b) => can(role, isBoardBody(b) ? 'governance.board' : 'governance.manage'));
}

/** Refuses (403) a decision of a body the role may not record. */
export function requireBody(role: Role, body: Body): void {
  if (!bodiesFor(role).includes(body)) throw new AppError('forbidden', msg('body_not_allowed'));
}

/** What the pickers of the decision form offer, and the bodies the caller may record. */
export async function decisionChoices(db: Db, orgId: string, role: Role): Promise<DecisionChoices> {
  const [objectives, assessments, projects] = await Promise.all([
    objectiveRefs(db, orgId),
    assessmentRefs(db, orgId),
    projectRefs(db, orgId),
  ]);
  return {
    objectives: objectives.map((o) => ({ id: o.id, name: o.title })),
    assessments: assessments.map((a) => ({ id: a.id, name: a.partner })),
    projects: projects.map((p) => ({ id: p.id, name: p.name })),
    bodies: bodiesFor(role),
  };
}

/** Every decision, the latest first; `until` limits to follow-ups due on or before it and not done. */
export async function listDecisions(
  db: DbOrTx,
  orgId: string,
  today: string,
  opts: { dueBy?: string } = {},
): Promise<Decision[]> {
  let q = db
    .selectFrom('gov_decision as d')
    .leftJoin('app_user as u', 'u.id', 'd.recorded_by')
    .selectAll('d')
    .select('u.name as recorder')
    .where('d.org_id', '=', orgId);
  if (opts.dueBy) q = q.where('d.follow_up_done', '=', false).where('d.follow_up_on', '<=', opts.dueBy);
  const [rows, objectives, assessments, projects] = await Promise.all([
    q.orderBy('d.decided_on', 'desc').orderBy('d.created_at', 'desc').execute(),
    objectiveRefs(db, orgId),
    assessmentRefs(db, orgId),
    projectRefs(db, orgId),
  ]);
  const names = new Map<string, string>([
    ...objectives.map((o) => [o.id, o.title] as [string, string]),
    ...assessments.map((a) => [a.id, a.partner] as [string, string]),
    ...projects.map((p) => [p.id, p.name] as [string, string]),
  ]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    body: r.body,
    decidedOn: r.decided_on,
    objective: ref(r.objective_id),
    assessment: ref(r.assessment_id),
    project: ref(r.project_id),
    followUpOwner: r.follow_up_owner,
    followUpOn: r.follow_up_on,
    followUpDone: r.follow_up_done,
    followUpDue: !r.follow_up_done && r.follow_up_on !== null && r.follow_up_on <= today,
    recordedBy: r.recorder,
  }));
}

/** The links must name records of the organisation (else a field error). */
async function checkLinks(db: DbOrTx, orgId: string, input: DecisionInput) {
  const checks = [
    ['objectiveId', input.objectiveId, 'objective', async () => (await objectiveRefs(db, orgId)).map((o) => o.id)],
    ['assessmentId', input.assessmentId, 'assessment', async () => (await assessmentRefs(db, orgId)).map((a) => a.id)],
    ['projectId', input.projectId, 'project', async () => (await projectRefs(db, orgId)).map((p) => p.id)],
  ] as const;
  for (const [field, id, what, known] of checks)
    if (id && !(await known()).includes(id)) throw invalidField(field, msg('unknown_link', { what: msg(what) }));
}

function values(input: DecisionInput) {
  return {
    title: input.title,
    description: input.description ?? '',
    body: input.body,
    decided_on: input.decidedOn,
    objective_id: input.objectiveId ?? null,
    assessment_id: input.assessmentId ?? null,
    project_id: input.projectId ?? null,
    follow_up_owner: input.followUpOwner ?? '',
    follow_up_on: input.followUpOn ?? null,
    follow_up_done: input.followUpDone ?? false,
  };
}

export async function createDecision(db: Db, orgId: string, input: DecisionInput, userId: string): Promise<string> {
  await checkLinks(db, orgId, input);
  const row = await db
    .insertInto('gov_decision')
    .values({ org_id: orgId, ...values(input), recorded_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The body of a decision of the organisation (else 404). */
export async function bodyOf(db: DbOrTx, orgId: string, id: string): Promise<Body> {
  const row = await db
    .selectFrom('gov_decision')
    .select('body')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row.body;
}

export async function updateDecision(db: Db, orgId: string, id: string, input: DecisionInput): Promise<void> {
  await checkLinks(db, orgId, input);
  await db.updateTable('gov_decision').set(values(input)).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteDecision(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('gov_decision').where('org_id', '=', orgId).where('id', '=', id).execute();
}
