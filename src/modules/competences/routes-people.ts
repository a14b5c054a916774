import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { personDetail, personSummaries } from './people.ts';
import {
  addAssessment,
  addCertificate,
  deleteAssessment,
  deleteCertificate,
  deleteTrainingLink,
  linkTraining,
  requireEmployee,
  setAssignment,
  updateCertificate,
} from './records.ts';
import * as s from './schema.ts';
import { action, addToPersonRoute, auditedListRoute, idParams, removeRoute, tags } from './routes-shared.ts';

const employeeParams = orgParams.extend({ employeeId: z.uuid() });
const entity = 'ppl_employee';

/** People's competences: the list, one person, their profile, assessments, training links, certificates. */
export const competencePeopleRoutes = routes(
  auditedListRoute({
    path: '/orgs/{orgId}/competences/people',
    summary: 'Every employee with their role profile, required competences met, and certificate warnings',
    item: s.personSummary,
    event: 'competences.people_listed',
    entity,
    load: personSummaries,
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/people/{employeeId}',
    tags,
    summary: "A person's competences: profile, current level and gap per competence, assessments, plans, certificates",
    action,
    params: employeeParams,
    response: s.personDetail,
    handler: async (c, { orgId, db, params: { employeeId }, audit }) => {
      const employee = await requireEmployee(db, orgId, employeeId);
      const detail = await personDetail(db, orgId, employee);
      await audit({ action: 'competences.person_read', entity, entityId: employee.id, read: true });
      return c.json(detail, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/competences/people/{employeeId}/profile',
    tags,
    summary: 'Give the person a role profile (or none: null)',
    action,
    params: employeeParams,
    body: s.assignmentInput,
    response: z.object({ profileId: z.uuid().nullable() }),
    handler: async (c, { orgId, db, params: { employeeId }, body: { profileId }, audit }) => {
      const employee = await requireEmployee(db, orgId, employeeId);
      await setAssignment(db, orgId, employee.id, profileId);
      await audit({ action: 'competences.profile_assigned', entity, entityId: employee.id, details: { profileId } });
      return c.json({ profileId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/people/{employeeId}/assessments',
    tags,
    summary: "Record a manager's assessment of the person's level of a competence (dated, today by default)",
    action,
    params: employeeParams,
    body: s.assessmentInput,
    response: s.idAnswer,
    handler: async (c, { orgId, user, db, params: { employeeId }, body: input, audit }) => {
      const employee = await requireEmployee(db, orgId, employeeId);
      const id = await addAssessment(db, orgId, employee.id, { ...input, kind: 'manager', by: user.id });
      await audit({ action: 'competences.assessed', entity, entityId: employee.id, details: { assessment: id } });
      return c.json({ id }, 200);
    },
  }),
  removeRoute({
    path: '/orgs/{orgId}/competences/assessments/{assessmentId}',
    key: 'assessmentId',
    summary: 'Remove an assessment recorded in error',
    event: 'competences.assessment_deleted',
    remove: async (db, orgId, id) => ({ entity, entityId: await deleteAssessment(db, orgId, id) }),
  }),
  addToPersonRoute({
    segment: 'training-links',
    summary: 'Link a completed training of the person to the competence level it reached',
    body: s.trainingLinkInput,
    event: 'competences.training_linked',
    detail: 'link',
    add: linkTraining,
  }),
  removeRoute({
    path: '/orgs/{orgId}/competences/training-links/{linkId}',
    key: 'linkId',
    summary: 'Remove the link between a training and a competence level',
    event: 'competences.training_unlinked',
    remove: async (db, orgId, id) => ({ entity, entityId: await deleteTrainingLink(db, orgId, id) }),
  }),
  addToPersonRoute({
    segment: 'certificates',
    summary: 'Record a certificate or registration of the person, with its expiry date',
    body: s.certificateInput,
    event: 'competences.certificate_added',
    detail: 'id',
    add: addCertificate,
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}/competences/certificates/{certificateId}',
    tags,
    summary: 'Change a certificate (a renewal: its new expiry date)',
    action,
    params: idParams('certificateId'),
    body: s.certificatePatch,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { certificateId }, body, audit }) => {
      await updateCertificate(db, orgId, certificateId, body);
      await audit({ action: 'competences.certificate_updated', entity: 'cmp_certificate', entityId: certificateId });
      return c.json({ id: certificateId }, 200);
    },
  }),
  removeRoute({
    path: '/orgs/{orgId}/competences/certificates/{certificateId}',
    key: 'certificateId',
    summary: 'Remove a certificate',
    event: 'competences.certificate_deleted',
    remove: async (db, orgId, id) => ({ entity, entityId: await deleteCertificate(db, orgId, id) }),
  }),
);
