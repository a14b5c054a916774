/** The job-carving routes (issue 14 §4): task inventory, proposals, vacancies, candidates and matching. */
import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
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
const proposalParams = idParams('proposalId');
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
  ...crudRoutes({
    base: `${base}/roles`,
    key: 'roleId',
    tags,
    action,
    entity: 'jc_role',
    event: 'jc_role.',
    response: s.idAnswer,
    create: {
      summary: 'Add a role (function) whose tasks are inventoried (name unique, else 409)',
      body: s.roleInput,
      run: async ({ orgId, db }, body) => ({ id: await saveRole(db, orgId, body) }),
    },
    update: {
      summary: "Replace a role's name, certificate and cost per FTE",
      body: s.roleInput,
      run: async ({ orgId, db }, id, body) => {
        await saveRole(db, orgId, body, id);
        return { id };
      },
    },
    remove: {
      summary: 'Remove a role and its tasks',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteRole(db, orgId, id),
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
  ...crudRoutes({
    base: `${base}/tasks`,
    key: 'taskId',
    tags,
    action,
    entity: 'jc_task',
    event: 'jc_task.',
    response: s.task,
    create: {
      summary: 'Add a task to a role’s inventory',
      body: s.taskInput,
      run: ({ orgId, db }, body) => saveTask(db, orgId, body),
    },
    update: {
      summary: 'Replace a task',
      body: s.taskInput,
      run: ({ orgId, db }, id, body) => saveTask(db, orgId, body, id),
    },
    remove: { summary: 'Remove a task', answer: s.idAnswer, run: ({ orgId, db }, id) => deleteTask(db, orgId, id) },
  }),
  ...crudRoutes({
    base: `${base}/proposals`,
    key: 'proposalId',
    tags,
    action,
    entity: 'jc_proposal',
    event: 'jc_proposal.',
    response: s.proposal,
    create: {
      summary: 'Save a proposal: tasks of several roles bundled into a new function; answers it with its effect',
      body: s.proposalInput,
      run: ({ orgId, db }, body) => saveProposal(db, orgId, body),
    },
    update: {
      summary: 'Replace a proposal',
      body: s.proposalInput,
      run: ({ orgId, db }, id, body) => saveProposal(db, orgId, body, id),
    },
    remove: {
      summary: 'Remove a proposal (its vacancy stays)',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteProposal(db, orgId, id),
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
  ...crudRoutes({
    base: `${base}/candidates`,
    key: 'candidateId',
    tags,
    action,
    entity: 'jc_candidate',
    event: 'jc_candidate.',
    response: s.candidate,
    list: {
      summary: 'The candidates of the organisation (for matching)',
      response: z.object({ items: z.array(s.candidate) }),
      load: async ({ orgId, db }) => ({ items: await listCandidates(db, orgId) }),
    },
    create: {
      summary: 'Add a candidate',
      body: s.candidateInput,
      run: ({ orgId, db }, body) => saveCandidate(db, orgId, body),
    },
    update: {
      summary: 'Replace a candidate',
      body: s.candidateInput,
      run: ({ orgId, db }, id, body) => saveCandidate(db, orgId, body, id),
    },
    remove: {
      summary: 'Remove a candidate',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteCandidate(db, orgId, id),
    },
  }),
);
