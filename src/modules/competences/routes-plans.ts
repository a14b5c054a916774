import { orgRoute, routes } from '../../server/route.ts';
import { addAction, createPlan, deleteAction, deletePlan, updateAction, updatePlan } from './records.ts';
import * as s from './schema.ts';
import { action, addToPersonRoute, idParams, removeRoute, tags } from './routes-shared.ts';

const entity = 'ppl_employee';
const planParams = idParams('planId');
const actionParams = idParams('actionId');

/** Development plans and their actions (owner, due date, status, follow-up notes). */
export const competencePlanRoutes = routes(
  addToPersonRoute({
    segment: 'plans',
    summary: 'Start a development plan for the person',
    body: s.planInput,
    event: 'competences.plan_created',
    detail: 'plan',
    add: createPlan,
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
  removeRoute({
    path: '/orgs/{orgId}/competences/plans/{planId}',
    key: 'planId',
    summary: 'Remove a plan with its actions',
    event: 'competences.plan_deleted',
    remove: async (db, orgId, id) => ({ entity, entityId: await deletePlan(db, orgId, id), details: { plan: id } }),
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
  removeRoute({
    path: '/orgs/{orgId}/competences/actions/{actionId}',
    key: 'actionId',
    summary: 'Remove an action',
    event: 'competences.action_deleted',
    remove: async (db, orgId, id) => {
      await deleteAction(db, orgId, id);
      return { entity: 'cmp_plan_action', entityId: id };
    },
  }),
);
