/** The job-carving routes (issue 14 §4): task inventory, proposals, vacancies, candidates and matching. */
import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { matchesFor } from './matching.ts';
import {
  addStarterTasks,
  agreementFromProposal,
  deleteCandidate,
  deleteProposal,
  deleteRole,
  deleteTask,
  designerOf,
  listCandidates,
  listVacancies,
  proposalOf,
  saveCandidate,
  saveProposal,
  saveRole,
  saveTask,
  setVacancyStatus,
  vacancyFromProposal,
} from './queries.ts';
import * as s from './schema.ts';

const tags: ['job-carving'] = ['job-carving'];
const action = 'jobcarving.manage';
const idParams = <K extends string>(key: K) => orgParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);
const roleParams = idParams('roleId');
const taskParams = idParams('taskId');
const proposalParams = idParams('proposalId');
const candidateParams = idParams('candidateId');
const vacancyParams = idParams('vacancyId');
const base = '/orgs/{orgId}/job-carving';

export const jobCarvingRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/designer`,
    tags,
    summary: 'The designer: roles with their cost per FTE, the task inventory, the proposals with their effect',
    action,
    response: s.designer,
    handler: async (c, { orgId, db }) => c.json(await designerOf(db, orgId), 200),
  }),
  orgRoute({
    method: 'post',
    path: `${base}/roles`,
    tags,
    summary: 'Add a role (function) whose tasks are inventoried (name unique, else 409)',
    action,
    body: s.roleInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await saveRole(db, orgId, body);
      await audit({ action: 'jc_role.created', entity: 'jc_role', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: `${base}/roles/{roleId}`,
    tags,
    summary: "Replace a role's name, certificate and cost per FTE",
    action,
    params: roleParams,
    body: s.roleInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { roleId }, body, audit }) => {
      await saveRole(db, orgId, body, roleId);
      await audit({ action: 'jc_role.updated', entity: 'jc_role', entityId: roleId });
      return c.json({ id: roleId }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/roles/{roleId}`,
    tags,
    summary: 'Remove a role and its tasks',
    action,
    params: roleParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { roleId }, audit }) => {
      await deleteRole(db, orgId, roleId);
      await audit({ action: 'jc_role.deleted', entity: 'jc_role', entityId: roleId });
      return c.json({ id: roleId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/roles/{roleId}/starter-tasks`,
    tags,
    summary: 'Add typical certificate-free tasks (meal distribution, animation, post …) to a role',
    action,
    params: roleParams,
    body: s.starterInput,
    response: z.object({ items: z.array(s.task) }),
    handler: async (c, { orgId, db, params: { roleId }, body, audit }) => {
      const items = await addStarterTasks(db, orgId, roleId, body.keys, c.get('lang'));
      await audit({ action: 'jc_task.created', entity: 'jc_role', entityId: roleId, details: { count: items.length } });
      return c.json({ items }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/tasks`,
    tags,
    summary: 'Add a task to a role’s inventory',
    action,
    body: s.taskInput,
    response: s.task,
    handler: async (c, { orgId, db, body, audit }) => {
      const saved = await saveTask(db, orgId, body);
      await audit({ action: 'jc_task.created', entity: 'jc_task', entityId: saved.id });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: `${base}/tasks/{taskId}`,
    tags,
    summary: 'Replace a task',
    action,
    params: taskParams,
    body: s.taskInput,
    response: s.task,
    handler: async (c, { orgId, db, params: { taskId }, body, audit }) => {
      const saved = await saveTask(db, orgId, body, taskId);
      await audit({ action: 'jc_task.updated', entity: 'jc_task', entityId: taskId });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/tasks/{taskId}`,
    tags,
    summary: 'Remove a task',
    action,
    params: taskParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { taskId }, audit }) => {
      await deleteTask(db, orgId, taskId);
      await audit({ action: 'jc_task.deleted', entity: 'jc_task', entityId: taskId });
      return c.json({ id: taskId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/proposals`,
    tags,
    summary: 'Save a proposal: tasks of several roles bundled into a new function; answers it with its effect',
    action,
    body: s.proposalInput,
    response: s.proposal,
    handler: async (c, { orgId, db, body, audit }) => {
      const saved = await saveProposal(db, orgId, body);
      await audit({ action: 'jc_proposal.created', entity: 'jc_proposal', entityId: saved.id });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/proposals/{proposalId}`,
    tags,
    summary: 'One proposal with its effect',
    action,
    params: proposalParams,
    response: s.proposal,
    handler: async (c, { orgId, db, params: { proposalId } }) => c.json(await proposalOf(db, orgId, proposalId), 200),
  }),
  orgRoute({
    method: 'put',
    path: `${base}/proposals/{proposalId}`,
    tags,
    summary: 'Replace a proposal',
    action,
    params: proposalParams,
    body: s.proposalInput,
    response: s.proposal,
    handler: async (c, { orgId, db, params: { proposalId }, body, audit }) => {
      const saved = await saveProposal(db, orgId, body, proposalId);
      await audit({ action: 'jc_proposal.updated', entity: 'jc_proposal', entityId: proposalId });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/proposals/{proposalId}`,
    tags,
    summary: 'Remove a proposal (its vacancy stays)',
    action,
    params: proposalParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { proposalId }, audit }) => {
      await deleteProposal(db, orgId, proposalId);
      await audit({ action: 'jc_proposal.deleted', entity: 'jc_proposal', entityId: proposalId });
      return c.json({ id: proposalId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/proposals/{proposalId}/vacancy`,
    tags,
    summary: 'Turn a proposal into an open vacancy for its new function (once, else 409)',
    action,
    params: proposalParams,
    response: s.vacancy,
    handler: async (c, { orgId, db, params: { proposalId }, audit }) => {
      const vacancy = await vacancyFromProposal(db, orgId, proposalId);
      await audit({
        action: 'jc_vacancy.created',
        entity: 'jc_proposal',
        entityId: proposalId,
        details: { vacancyId: vacancy.id },
      });
      return c.json(vacancy, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/proposals/{proposalId}/agreement`,
    tags,
    summary: 'Turn a proposal into a phase-1 cooperation agreement with a social-economy partner (once, else 409)',
    action,
    params: proposalParams,
    body: s.agreementFromProposalInput,
    response: z.object({ agreementId: z.uuid() }),
    handler: async (c, { orgId, db, params: { proposalId }, body, audit }) => {
      const agreementId = await agreementFromProposal(db, orgId, proposalId, body);
      await audit({
        action: 'jc_agreement.created',
        entity: 'jc_proposal',
        entityId: proposalId,
        details: { agreementId },
      });
      return c.json({ agreementId }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/proposals/{proposalId}/matches`,
    tags,
    summary: 'Placed workers, employees and candidates ranked for the new function, with the score per criterion',
    action,
    params: proposalParams,
    query: s.matchQuery,
    response: s.matchAnswer,
    handler: async (c, { orgId, db, params: { proposalId }, query }) =>
      c.json(await matchesFor(db, orgId, proposalId, query.limit ?? 50), 200),
  }),
  orgRoute({
    method: 'get',
    path: `${base}/vacancies`,
    tags,
    summary: 'The vacancies made from proposals',
    action,
    response: z.object({ items: z.array(s.vacancy) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listVacancies(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/vacancies/{vacancyId}`,
    tags,
    summary: 'Open a vacancy again, or mark it filled or closed',
    action,
    params: vacancyParams,
    body: s.vacancyStatusInput,
    response: s.vacancy,
    handler: async (c, { orgId, db, params: { vacancyId }, body, audit }) => {
      const { vacancy, before } = await setVacancyStatus(db, orgId, vacancyId, body.status);
      await audit({
        action: 'jc_vacancy.status_changed',
        entity: 'jc_vacancy',
        entityId: vacancyId,
        details: { before, after: body.status },
      });
      return c.json(vacancy, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/candidates`,
    tags,
    summary: 'The candidates of the organisation (for matching)',
    action,
    response: z.object({ items: z.array(s.candidate) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listCandidates(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: `${base}/candidates`,
    tags,
    summary: 'Add a candidate',
    action,
    body: s.candidateInput,
    response: s.candidate,
    handler: async (c, { orgId, db, body, audit }) => {
      const saved = await saveCandidate(db, orgId, body);
      await audit({ action: 'jc_candidate.created', entity: 'jc_candidate', entityId: saved.id });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: `${base}/candidates/{candidateId}`,
    tags,
    summary: 'Replace a candidate',
    action,
    params: candidateParams,
    body: s.candidateInput,
    response: s.candidate,
    handler: async (c, { orgId, db, params: { candidateId }, body, audit }) => {
      const saved = await saveCandidate(db, orgId, body, candidateId);
      await audit({ action: 'jc_candidate.updated', entity: 'jc_candidate', entityId: candidateId });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/candidates/{candidateId}`,
    tags,
    summary: 'Remove a candidate',
    action,
    params: candidateParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { candidateId }, audit }) => {
      await deleteCandidate(db, orgId, candidateId);
      await audit({ action: 'jc_candidate.deleted', entity: 'jc_candidate', entityId: candidateId });
      return c.json({ id: candidateId }, 200);
    },
  }),
);
