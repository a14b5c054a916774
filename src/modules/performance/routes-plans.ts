import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, noContent, orgParams, router } from '../../server/http.ts';
import { hides } from '../orgs/public.ts';
import { actionDetail, addProgressNote, createAction, deleteAction, listActions, updateAction } from './actions.ts';
import {
  ACTION_STATUSES,
  actionInput,
  actionPatch,
  objectiveInput,
  progressNoteInput,
  strategyInput,
} from './plan-schema.ts';
import {
  createObjective,
  deleteObjective,
  pickerChoices,
  saveMission,
  strategyMap,
  updateObjective,
} from './strategy.ts';
import { today } from '../../lib/calendar.ts';

const actionParams = orgParams.extend({ actionId: z.uuid() });
const objectiveParams = orgParams.extend({ objectiveId: z.uuid() });
const any = jsonResponse(z.any());
const actions = '/orgs/{orgId}/actions';
const tags = ['performance'];

/** Improvement actions (PDCA): list, create, read, change, progress notes, remove. */
export const actionRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: actions,
      tags,
      summary: 'Improvement actions, overdue first',
      middleware: [requireAction('performance.read')] as const,
      request: {
        params: orgParams,
        query: z.object({
          status: z.enum([...ACTION_STATUSES, 'open']).optional(),
          owner: z.uuid().optional(),
          kpi: z.uuid().optional(),
          overdue: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: any,
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        {
          today: today(),
          items: await listActions(c.var.db, c.req.valid('param').orgId, today(), {
            status: q.status,
            ownerId: q.owner,
            kpiId: q.kpi,
            overdue: q.overdue === 'true',
          }),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/my-actions',
      tags,
      summary: 'The caller’s own open improvement actions (any member may own one)',
      middleware: [requireAction('org.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) =>
      c.json(
        {
          today: today(),
          items: await listActions(c.var.db, c.req.valid('param').orgId, today(), {
            status: 'open',
            ownerId: currentUser(c).id,
          }),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: actions,
      tags,
      summary: 'Create an improvement action linked to KPIs and CAF subcriteria',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(actionInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { id } = await createAction(c.var.db, orgId, currentUser(c).id, input);
      await auditFor(c)({
        orgId,
        action: 'action.created',
        entity: 'perf_action',
        entityId: id,
        details: { title: input.title },
      });
      return c.json(await actionDetail(c.var.db, orgId, id, today()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${actions}/{actionId}`,
      tags,
      summary: 'An improvement action with its progress notes',
      middleware: [requireAction('performance.read')] as const,
      request: { params: actionParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, actionId } = c.req.valid('param');
      return c.json(await actionDetail(c.var.db, orgId, actionId, today()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: `${actions}/{actionId}`,
      tags,
      summary: 'Change an action (links given replace the old ones)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: actionParams, ...jsonBody(actionPatch) },
      responses: any,
    }),
    async (c) => {
      const { orgId, actionId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await updateAction(c.var.db, orgId, actionId, patch);
      await auditFor(c)({
        orgId,
        action: 'action.updated',
        entity: 'perf_action',
        entityId: actionId,
        details: { fields: Object.keys(patch), ...(patch.status ? { status: patch.status } : {}) },
      });
      return c.json(await actionDetail(c.var.db, orgId, actionId, today()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${actions}/{actionId}/notes`,
      tags,
      summary: 'Add a progress note, optionally moving the action to another PDCA step',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: actionParams, ...jsonBody(progressNoteInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, actionId } = c.req.valid('param');
      const note = c.req.valid('json');
      const { id } = await addProgressNote(c.var.db, orgId, actionId, currentUser(c).id, note);
      await auditFor(c)({
        orgId,
        action: 'action.progress',
        entity: 'perf_action',
        entityId: actionId,
        details: { noteId: id, ...(note.status ? { status: note.status } : {}) },
      });
      return c.json(await actionDetail(c.var.db, orgId, actionId, today()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${actions}/{actionId}`,
      tags,
      summary: 'Remove an action',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: actionParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, actionId } = c.req.valid('param');
      await deleteAction(c.var.db, orgId, actionId);
      await auditFor(c)({ orgId, action: 'action.deleted', entity: 'perf_action', entityId: actionId });
      return c.body(null, 204);
    },
  );

/** The strategy map: mission, objectives per perspective, their links and KPIs; choices for the pickers. */
export const strategyRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/performance/choices',
      tags,
      summary: 'Members (name, role; a begeleider: only themself) and KPIs to choose as owner, assessor or link',
      middleware: [requireAction('performance.read', 'caf.score')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => {
      const choices = await pickerChoices(c.var.db, c.req.valid('param').orgId);
      // A role that does not get the member list (policy VIEW_RULES) sees only itself among the people.
      if (!hides(c.var.role, 'members.others')) return c.json(choices, 200);
      return c.json({ ...choices, people: choices.people.filter((p) => p.userId === currentUser(c).id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/strategy',
      tags,
      summary: 'The strategy map',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json(await strategyMap(c.var.db, c.req.valid('param').orgId), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/strategy',
      tags,
      summary: 'Set the mission and vision',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(strategyInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      await saveMission(c.var.db, orgId, c.req.valid('json'));
      await auditFor(c)({ orgId, action: 'strategy.mission', entity: 'perf_strategy', entityId: orgId });
      return c.json(await strategyMap(c.var.db, orgId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/strategy/objectives',
      tags,
      summary: 'Add a strategic objective',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(objectiveInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { id } = await createObjective(c.var.db, orgId, input);
      await auditFor(c)({
        orgId,
        action: 'strategy.objective_created',
        entity: 'perf_objective',
        entityId: id,
        details: { title: input.title },
      });
      return c.json({ id, map: await strategyMap(c.var.db, orgId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/strategy/objectives/{objectiveId}',
      tags,
      summary: 'Change a strategic objective, its links and KPIs',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: objectiveParams, ...jsonBody(objectiveInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, objectiveId } = c.req.valid('param');
      await updateObjective(c.var.db, orgId, objectiveId, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'strategy.objective_updated',
        entity: 'perf_objective',
        entityId: objectiveId,
      });
      return c.json({ id: objectiveId, map: await strategyMap(c.var.db, orgId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/strategy/objectives/{objectiveId}',
      tags,
      summary: 'Remove a strategic objective',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: objectiveParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, objectiveId } = c.req.valid('param');
      await deleteObjective(c.var.db, orgId, objectiveId);
      await auditFor(c)({
        orgId,
        action: 'strategy.objective_deleted',
        entity: 'perf_objective',
        entityId: objectiveId,
      });
      return c.body(null, 204);
    },
  );
