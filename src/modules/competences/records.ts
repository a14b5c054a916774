/** Writes about one person: role profile, assessments, training links, plans with actions, certificates. */
import { today } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { type EmployeeName, employeeIn, trainingsOf } from '../people/public.ts';
import { msg } from './messages.ts';
import type { ActionInput, AssessmentInput, CertificateInput } from './schema.ts';

/** The employee of the organisation, else 404. */
export async function requireEmployee(db: DbOrTx, orgId: string, employeeId: string): Promise<EmployeeName> {
  const employee = await employeeIn(db, orgId, employeeId);
  if (!employee) throw AppError.notFound();
  return employee;
}

async function requireCompetence(db: DbOrTx, orgId: string, competenceId: string, field = 'competenceId') {
  const row = await db
    .selectFrom('cmp_competence')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', competenceId)
    .executeTakeFirst();
  if (!row) throw invalidField(field, msg('unknown_competence'), 'not_found');
}

/** Gives an employee a role profile, or none (`profileId` null). */
export async function setAssignment(db: Db, orgId: string, employeeId: string, profileId: string | null) {
  if (profileId === null) {
    await db.deleteFrom('cmp_assignment').where('org_id', '=', orgId).where('employee_id', '=', employeeId).execute();
    return;
  }
  const known = await db
    .selectFrom('cmp_profile')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', profileId)
    .executeTakeFirst();
  if (!known) throw invalidField('profileId', msg('unknown_profile'), 'not_found');
  await db
    .insertInto('cmp_assignment')
    .values({ org_id: orgId, employee_id: employeeId, profile_id: profileId })
    .onConflict((oc) => oc.column('employee_id').doUpdateSet({ profile_id: profileId }))
    .execute();
}

/** Records an assessment of a level (today unless dated; never in the future). */
export async function addAssessment(
  db: Db,
  orgId: string,
  employeeId: string,
  input: AssessmentInput & { kind: 'self' | 'manager'; by: string },
): Promise<string> {
  await requireCompetence(db, orgId, input.competenceId);
  const on = input.assessedOn ?? today();
  if (on > today()) throw invalidField('assessedOn', msg('not_in_future'));
  const row = await db
    .insertInto('cmp_assessment')
    .values({
      org_id: orgId,
      employee_id: employeeId,
      competence_id: input.competenceId,
      level: input.level,
      kind: input.kind,
      assessed_on: on,
      assessed_by: input.by,
      note: input.note ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a record of the organisation by id, else 404; returns the employee it was about. */
async function deleteOwned(
  db: Db,
  orgId: string,
  table: 'cmp_assessment' | 'cmp_training_link' | 'cmp_certificate' | 'cmp_plan',
  id: string,
): Promise<string> {
  const gone = await db
    .deleteFrom(table)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning('employee_id')
    .executeTakeFirst();
  if (!gone) throw AppError.notFound();
  return gone.employee_id;
}
export const deleteAssessment = (db: Db, orgId: string, id: string) => deleteOwned(db, orgId, 'cmp_assessment', id);
export const deleteTrainingLink = (db: Db, orgId: string, id: string) =>
  deleteOwned(db, orgId, 'cmp_training_link', id);
export const deleteCertificate = (db: Db, orgId: string, id: string) => deleteOwned(db, orgId, 'cmp_certificate', id);
export const deletePlan = (db: Db, orgId: string, id: string) => deleteOwned(db, orgId, 'cmp_plan', id);

/** Links a completed training of the employee to the competence level it reached (dated by the training). */
export async function linkTraining(
  db: Db,
  orgId: string,
  employeeId: string,
  input: { trainingId: string; competenceId: string; level: number },
): Promise<string> {
  const [training] = await trainingsOf(db, orgId, { ids: [input.trainingId] });
  if (!training || training.employeeId !== employeeId) {
    throw invalidField('trainingId', msg('unknown_training'), 'not_found');
  }
  await requireCompetence(db, orgId, input.competenceId);
  const row = await db
    .insertInto('cmp_training_link')
    .values({
      org_id: orgId,
      training_id: training.id,
      employee_id: employeeId,
      competence_id: input.competenceId,
      level: input.level,
      reached_on: training.heldOn,
    })
    .onConflict((oc) => oc.columns(['training_id', 'competence_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw invalidField('competenceId', msg('training_linked'), 'conflict');
  return row.id;
}

/** Starts a development plan for the employee. */
export async function createPlan(
  db: Db,
  orgId: string,
  employeeId: string,
  input: { title: string; reviewOn?: string | null | undefined },
): Promise<string> {
  const row = await db
    .insertInto('cmp_plan')
    .values({ org_id: orgId, employee_id: employeeId, title: input.title, review_on: input.reviewOn ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a plan's title or review date; returns its employee (404 for another organisation's). */
export async function updatePlan(
  db: Db,
  orgId: string,
  planId: string,
  input: { title?: string | undefined; reviewOn?: string | null | undefined },
): Promise<string> {
  const row = await db
    .updateTable('cmp_plan')
    .set({
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.reviewOn === undefined ? {} : { review_on: input.reviewOn }),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', planId)
    .returning('employee_id')
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row.employee_id;
}

const actionValues = (input: Partial<ActionInput>) => ({
  ...(input.description === undefined ? {} : { description: input.description }),
  ...(input.competenceId === undefined ? {} : { competence_id: input.competenceId }),
  ...(input.owner === undefined ? {} : { owner: input.owner }),
  ...(input.dueOn === undefined ? {} : { due_on: input.dueOn }),
  ...(input.status === undefined ? {} : { status: input.status }),
  ...(input.followUp === undefined ? {} : { follow_up: input.followUp }),
});

/** Adds an action to a plan of the organisation (404 otherwise); returns its id. */
export async function addAction(db: Db, orgId: string, planId: string, input: ActionInput): Promise<string> {
  const plan = await db
    .selectFrom('cmp_plan')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw AppError.notFound();
  if (input.competenceId) await requireCompetence(db, orgId, input.competenceId);
  const row = await db
    .insertInto('cmp_plan_action')
    .values({ org_id: orgId, plan_id: planId, description: input.description, ...actionValues(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes an action (status, follow-up notes …). */
export async function updateAction(db: Db, orgId: string, actionId: string, input: Partial<ActionInput>) {
  if (input.competenceId) await requireCompetence(db, orgId, input.competenceId);
  const row = await db
    .updateTable('cmp_plan_action')
    .set(actionValues(input))
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
}

export async function deleteAction(db: Db, orgId: string, actionId: string) {
  const gone = await db
    .deleteFrom('cmp_plan_action')
    .where('org_id', '=', orgId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (gone.numDeletedRows === 0n) throw AppError.notFound();
}

function checkDates(issuedOn: string | null | undefined, expiresOn: string | null | undefined) {
  if (issuedOn && expiresOn && expiresOn < issuedOn) throw invalidField('expiresOn', msg('expires_before_issued'));
}

const certificateValues = (input: Partial<CertificateInput>) => ({
  ...(input.kind === undefined ? {} : { kind: input.kind }),
  ...(input.name === undefined ? {} : { name: input.name }),
  ...(input.reference === undefined ? {} : { reference: input.reference }),
  ...(input.issuedOn === undefined ? {} : { issued_on: input.issuedOn }),
  ...(input.expiresOn === undefined ? {} : { expires_on: input.expiresOn }),
});

/** Records a certificate or registration of the employee. */
export async function addCertificate(db: Db, orgId: string, employeeId: string, input: CertificateInput) {
  checkDates(input.issuedOn, input.expiresOn);
  const row = await db
    .insertInto('cmp_certificate')
    .values({ org_id: orgId, employee_id: employeeId, kind: input.kind, name: input.name, ...certificateValues(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a certificate (a renewal: a new expiry date). */
export async function updateCertificate(db: Db, orgId: string, id: string, input: Partial<CertificateInput>) {
  const old = await db
    .selectFrom('cmp_certificate')
    .select(['issued_on', 'expires_on'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!old) throw AppError.notFound();
  checkDates(
    input.issuedOn === undefined ? old.issued_on : input.issuedOn,
    input.expiresOn === undefined ? old.expires_on : input.expiresOn,
  );
  await db
    .updateTable('cmp_certificate')
    .set(certificateValues(input))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}
