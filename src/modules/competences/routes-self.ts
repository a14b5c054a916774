import { orgRoute, routes } from '../../server/route.ts';
import { AppError } from '../../server/errors.ts';
import { employeeNameOfUser } from '../people/public.ts';
import { listCompetences } from './catalogue.ts';
import { personDetail } from './people.ts';
import { addAssessment } from './records.ts';
import * as s from './schema.ts';
import { tags } from './routes-shared.ts';

const action = 'competences.self';

/**
 * Self-service (competences.self): the caller's own profile, gap, plan and certificates, and a
 * self-assessment. The person is the employee linked to the caller's account; nobody else's record
 * is reachable here.
 */
export const competenceSelfRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/me',
    tags,
    summary:
      "The caller's own competences (person null when the account is not linked to an employee) and the catalogue",
    action,
    response: s.myCompetences,
    handler: async (c, { orgId, user, db, audit }) => {
      const employee = await employeeNameOfUser(db, orgId, user.id);
      const person = employee ? await personDetail(db, orgId, employee) : null;
      if (employee) {
        await audit({ action: 'competences.own_read', entity: 'ppl_employee', entityId: employee.id, read: true });
      }
      return c.json({ catalogue: await listCompetences(db, orgId), person }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/me/assessments',
    tags,
    summary: 'Record a self-assessment of the caller’s own level of a competence, dated today (404 when not linked)',
    action,
    body: s.selfAssessmentInput,
    response: s.idAnswer,
    handler: async (c, { orgId, user, db, body, audit }) => {
      const employee = await employeeNameOfUser(db, orgId, user.id);
      if (!employee) throw AppError.notFound();
      const id = await addAssessment(db, orgId, employee.id, {
        ...body,
        kind: 'self',
        by: user.id,
      });
      await audit({ action: 'competences.self_assessed', entity: 'ppl_employee', entityId: employee.id });
      return c.json({ id }, 200);
    },
  }),
);
