import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import {
  addAction,
  createPlan,
  deleteAction,
  deletePlan,
  requireEmployee,
  updateAction,
  updatePlan,
} from './records.ts';
import * as s from './schema.ts';

const tags: [string] = ['competences'];
const action = 'competences.manage';
const entity = 'ppl_employee';
const planParams = orgParams.extend({ planId: z.uuid() });
const actionParams = orgParams.extend({ actionId: z.uuid() });

/** Development plans and their actions (owner, due date, status, follow-up notes). */
export const competencePlanRoutes = routes(
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/people/{employeeId}/plans',
    tags,
    summary: 'Start a development plan for the person',
    action,
    params: orgParams.extend({ employeeId: z.uuid() }),
    body: s.planInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body, audit }) => {
      const employee = await requireEmployee(db, orgId, employeeId);
      const id = await createPlan(db, orgId, employee.id, body);
      await audit({ action: 'competences.plan_created', entity, entityId: employee.id, details: { plan: id } });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}/competences/plans/{planId}',
    tags,
    summary: "Change a plan's title or review date",
    action,
    params: planParams,
    body: s.planPatch,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { planId }, body, audit }) => {
      const employeeId = await updatePlan(db, orgId, planId, body);
      await audit({ action: 'competences.plan_updated', entity, entityId: employeeId, details: { plan: planId } });
      return c.json({ id: planId }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/competences/plans/{planId}',
    tags,
    summary: 'Remove a plan with its actions',
    action,
    params: planParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { planId }, audit }) => {
      const employeeId = await deletePlan(db, orgId, planId);
      await audit({ action: 'competences.plan_deleted', entity, entityId: employeeId, details: { plan: planId } });
      return c.json({ id: planId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/plans/{planId}/actions',
    tags,
    summary: 'Add an action to a plan: what, for which competence, owner, due date, status, follow-up',
    action,
    params: planParams,
    body: s.actionInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { planId }, body, audit }) => {
      const id = await addAction(db, orgId, planId, body);
      await audit({ action: 'competences.action_added', entity: 'cmp_plan', entityId: planId, details: { id } });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}/competences/actions/{actionId}',
    tags,
    summary: 'Change an action: status, follow-up notes, due date, owner',
    action,
    params: actionParams,
    body: s.actionPatch,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { actionId }, body: input, audit }) => {
      await updateAction(db, orgId, actionId, input);
      await audit({
        action: 'competences.action_updated',
        entity: 'cmp_plan_action',
        entityId: actionId,
        details: { status: input.status ?? null },
      });
      return c.json({ id: actionId }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/competences/actions/{actionId}',
    tags,
    summary: 'Remove an action',
    action,
    params: actionParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { actionId }, audit }) => {
      await deleteAction(db, orgId, actionId);
      await audit({ action: 'competences.action_deleted', entity: 'cmp_plan_action', entityId: actionId });
      return c.json({ id: actionId }, 200);
    },
  }),
);
