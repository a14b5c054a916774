import { z } from '@hono/zod-openapi';
import { today } from '../../lib/calendar.ts';
import { orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { manage, read, tags } from './http.ts';
import { hides } from '../orgs/public.ts';
import { actionDetail, addProgressNote, createAction, deleteAction, listActions, updateAction } from './actions.ts';
import { actionsOfOrigin, createActionFromComplaint } from './actions-origin.ts';
import {
  ACTION_STATUSES,
  actionDetail as actionDetailAnswer,
  actionInput,
  actionList,
  actionPatch,
  choices,
  objectiveInput,
  objectiveSaved,
  progressNoteInput,
  strategyInput,
  strategyMap as strategyMapAnswer,
} from './schema.ts';
import {
  createObjective,
  deleteObjective,
  pickerChoices,
  saveMission,
  strategyMap,
  updateObjective,
} from './strategy.ts';

const actionParams = orgParams.extend({ actionId: z.uuid() });
const complaintParams = orgParams.extend({ complaintId: z.uuid() });
const originActions = z.object({
  items: z.array(
    z.object({ id: z.uuid(), title: z.string(), status: z.enum(ACTION_STATUSES), dueDate: z.iso.date().nullable() }),
  ),
});

/** Improvement actions (PDCA): list, create, read, change, progress notes, remove. */
export const actionRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/actions/from-complaint/{complaintId}',
    tags,
    summary: 'The improvement actions that came from a complaint',
    action: read,
    params: complaintParams,
    response: originActions,
    handler: async (c, { orgId, db, params }) =>
      c.json({ items: await actionsOfOrigin(db, orgId, { kind: 'complaint', id: params.complaintId }) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/actions/from-complaint/{complaintId}',
    tags,
    summary: 'Create the improvement action a complaint leads to, linked to it (404 for an unknown complaint)',
    action: manage,
    params: complaintParams,
    response: actionDetailAnswer,
    handler: async (c, { orgId, user, db, params, audit }) => {
      const { id } = await createActionFromComplaint(db, orgId, user.id, params.complaintId);
      await audit({
        action: 'action.created',
        entity: 'perf_action',
        entityId: id,
        details: { origin: 'complaint', complaintId: params.complaintId },
      });
      return c.json(await actionDetail(db, orgId, id, today()), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/actions',
    tags,
    summary: 'Improvement actions, overdue first',
    action: read,
    query: z.object({
      status: z.enum([...ACTION_STATUSES, 'open']).optional(),
      owner: z.uuid().optional(),
      kpi: z.uuid().optional(),
      overdue: z.enum(['true', 'false']).optional(),
    }),
    response: actionList,
    handler: async (c, { orgId, db, query: q }) => {
      const filter = { status: q.status, ownerId: q.owner, kpiId: q.kpi, overdue: q.overdue === 'true' };
      return c.json({ today: today(), items: await listActions(db, orgId, today(), filter) }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/my-actions',
    tags,
    summary: 'The caller’s own open improvement actions (any member may own one)',
    action: 'org.read',
    response: actionList,
    handler: async (c, { orgId, user, db }) => {
      const items = await listActions(db, orgId, today(), { status: 'open', ownerId: user.id });
      return c.json({ today: today(), items }, 200);
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/actions',
    key: 'actionId',
    tags,
    action: manage,
    entity: 'perf_action',
    event: 'action.',
    response: actionDetailAnswer,
    create: {
      summary: 'Create an improvement action linked to KPIs and CAF subcriteria',
      body: actionInput,
      run: async ({ orgId, user, db }, input) => {
        const { id } = await createAction(db, orgId, user.id, input);
        return actionDetail(db, orgId, id, today());
      },
      details: (input) => ({ title: input.title }),
    },
    get: {
      summary: 'An improvement action with its progress notes',
      action: read,
      response: actionDetailAnswer,
      load: ({ orgId, db }, id) => actionDetail(db, orgId, id, today()),
    },
    update: {
      summary: 'Change an action (links given replace the old ones)',
      method: 'patch',
      body: actionPatch,
      run: async ({ orgId, db }, id, patch) => {
        await updateAction(db, orgId, id, patch);
        return actionDetail(db, orgId, id, today());
      },
      details: (patch) => ({ fields: Object.keys(patch), ...(patch.status ? { status: patch.status } : {}) }),
    },
    remove: { summary: 'Remove an action', run: ({ orgId, db }, id) => deleteAction(db, orgId, id) },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/actions/{actionId}/notes',
    tags,
    summary: 'Add a progress note, optionally moving the action to another PDCA step',
    action: manage,
    params: actionParams,
    body: progressNoteInput,
    response: actionDetailAnswer,
    handler: async (c, { orgId, user, db, params: { actionId }, body: note, audit }) => {
      const { id } = await addProgressNote(db, orgId, actionId, user.id, note);
      await audit({
        action: 'action.progress',
        entity: 'perf_action',
        entityId: actionId,
        details: { noteId: id, ...(note.status ? { status: note.status } : {}) },
      });
      return c.json(await actionDetail(db, orgId, actionId, today()), 200);
    },
  }),
);

/** The strategy map: mission, objectives per perspective, their links and KPIs; choices for the pickers. */
export const strategyRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/performance/choices',
    tags,
    summary: 'Members (name, role; a begeleider: only themself) and KPIs to choose as owner, assessor or link',
    action: ['performance.read', 'caf.score'],
    response: choices,
    handler: async (c, { orgId, user, role, db }) => {
      const all = await pickerChoices(db, orgId);
      // A role that does not get the member list (policy VIEW_RULES) sees only itself among the people.
      if (!hides(role, 'members.others')) return c.json(all, 200);
      return c.json({ ...all, people: all.people.filter((p) => p.userId === user.id) }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/strategy',
    tags,
    summary: 'The strategy map',
    action: read,
    response: strategyMapAnswer,
    handler: async (c, { orgId, db }) => c.json(await strategyMap(db, orgId), 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/strategy',
    tags,
    summary: 'Set the mission, vision and values (each change is kept in the history)',
    action: manage,
    body: strategyInput,
    response: strategyMapAnswer,
    handler: async (c, { orgId, user, db, body, audit }) => {
      const changed = await saveMission(db, orgId, user.id, body);
      await audit({ action: 'strategy.mission', entity: 'perf_strategy', entityId: orgId, details: { changed } });
      return c.json(await strategyMap(db, orgId), 200);
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/strategy/objectives',
    key: 'objectiveId',
    tags,
    action: manage,
    entity: 'perf_objective',
    event: 'strategy.objective_',
    response: objectiveSaved,
    create: {
      summary: 'Add a strategic objective',
      body: objectiveInput,
      run: async ({ orgId, db }, input) => {
        const { id } = await createObjective(db, orgId, input);
        return { id, map: await strategyMap(db, orgId) };
      },
      details: (input) => ({ title: input.title }),
    },
    update: {
      summary: 'Change a strategic objective, its links and KPIs',
      body: objectiveInput,
      run: async ({ orgId, db }, id, body) => {
        await updateObjective(db, orgId, id, body);
        return { id, map: await strategyMap(db, orgId) };
      },
    },
    remove: { summary: 'Remove a strategic objective', run: ({ orgId, db }, id) => deleteObjective(db, orgId, id) },
  }),
);
