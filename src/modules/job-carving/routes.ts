/** The job-carving routes (issue 14 §4): task inventory, proposals, vacancies, candidates and matching. */
import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { type CrudCaller, crudRoutes } from '../../server/crud-routes.ts';
import type { Db } from '../../server/db.ts';
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

/** The audit entity of each kind of record (`jc_task` → `jc_task.created`, `.updated`, `.deleted`). */
const ENTITIES = { roles: 'jc_role', tasks: 'jc_task', proposals: 'jc_proposal', candidates: 'jc_candidate' } as const;

/**
 * A kind of record kept by one save (adds it, or replaces the one with `id`) and one delete: its routes
 * (crudRoutes), each change audited on the record.
 */
function recordRoutes<R extends z.ZodType, B extends z.ZodType, L extends z.ZodType>(opts: {
  records: keyof typeof ENTITIES;
  key: string;
  response: R;
  body: B;
  save: (db: Db, orgId: string, body: z.output<B>, id?: string) => Promise<z.input<R> & { id: string }>;
  remove: (db: Db, orgId: string, id: string) => Promise<void>;
  summaries: { create: string; update: string; remove: string };
  list?: { summary: string; response: L; load: (t: CrudCaller) => Promise<z.input<L>> };
}) {
  const { records, key, response, body, save, remove, summaries, list } = opts;
  const entity = ENTITIES[records];
  return crudRoutes({
    base: `${base}/${records}`,
    key,
    tags,
    action,
    entity,
    event: `${entity}.`,
    response,
    ...(list ? { list } : {}),
    create: { summary: summaries.create, body, run: ({ orgId, db }, input) => save(db, orgId, input) },
    update: { summary: summaries.update, body, run: ({ orgId, db }, id, input) => save(db, orgId, input, id) },
    remove: { summary: summaries.remove, answer: s.idAnswer, run: ({ orgId, db }, id) => remove(db, orgId, id) },
  });
}

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
  ...recordRoutes({
    records: 'roles',
    key: 'roleId',
    response: s.idAnswer,
    body: s.roleInput,
    save: async (db, orgId, body, id) => ({ id: await saveRole(db, orgId, body, id) }),
    remove: deleteRole,
    summaries: {
      create: 'Add a role (function) whose tasks are inventoried (name unique, else 409)',
      update: "Replace a role's name, certificate and cost per FTE",
      remove: 'Remove a role and its tasks',
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
  ...recordRoutes({
    records: 'tasks',
    key: 'taskId',
    response: s.task,
    body: s.taskInput,
    save: saveTask,
    remove: deleteTask,
    summaries: { create: 'Add a task to a role’s inventory', update: 'Replace a task', remove: 'Remove a task' },
  }),
  ...recordRoutes({
    records: 'proposals',
    key: 'proposalId',
    response: s.proposal,
    body: s.proposalInput,
    save: saveProposal,
    remove: deleteProposal,
    summaries: {
      create: 'Save a proposal: tasks of several roles bundled into a new function; answers it with its effect',
      update: 'Replace a proposal',
      remove: 'Remove a proposal (its vacancy stays)',
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
  ...recordRoutes({
    records: 'candidates',
    key: 'candidateId',
    response: s.candidate,
    body: s.candidateInput,
    save: saveCandidate,
    remove: deleteCandidate,
    summaries: { create: 'Add a candidate', update: 'Replace a candidate', remove: 'Remove a candidate' },
    list: {
      summary: 'The candidates of the organisation (for matching)',
      response: z.object({ items: z.array(s.candidate) }),
      load: async ({ orgId, db }) => ({ items: await listCandidates(db, orgId) }),
    },
  }),
);
