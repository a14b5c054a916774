import { z } from '@hono/zod-openapi';
import { today } from '../../lib/calendar.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { successRates } from './logic/trajectories.ts';
import { listAgreements } from './agreements.ts';
import { listPartners } from './partners.ts';
import { addEvaluation, addGoal, updateGoal } from './records.ts';
import * as s from './schema.ts';
import {
  addChildRoute,
  base,
  idParams,
  managedRoutes,
  removeChildRoute,
  scopedListRoute,
  scopeOfCaller,
  tags,
  twoIds,
  workerParams,
} from './routes-shared.ts';
import { scopeOf, WHOLE_ORG } from './scope.ts';
import {
  addFundingRule,
  closeTrajectory,
  deleteFundingRule,
  enterPhase,
  fundingRules,
  startTrajectory,
  trajectoriesOf,
  warnings,
} from './trajectories.ts';
import {
  createWorker,
  deleteHours,
  deleteWorker,
  listWorkers,
  logHours,
  requireWorker,
  updateWorker,
  workerDetail,
} from './workers.ts';

const trajectoryParams = twoIds('workerId', 'trajectoryId');
const entity = 'se_worker';

/** Placed workers, their hours, POP goals, evaluations and transition trajectories; the overview. */
export const seWorkerRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/overview`,
    tags,
    summary: 'Counts, warnings (phase and transition deadlines), success rates and funding rules',
    action: 'socialeconomy.read',
    response: s.overview,
    handler: async (c, { orgId, user, role, db }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const [partners, workers, agreements, trajectories, warn, rules] = await Promise.all([
        listPartners(db, orgId, scope),
        listWorkers(db, orgId, scope),
        listAgreements(db, orgId, scope),
        trajectoriesOf(db, orgId, scope),
        warnings(db, orgId, scope),
        fundingRules(db, orgId),
      ]);
      const names = new Map(partners.map((p) => [p.id, p.name]));
      const rates = successRates(
        trajectories.flatMap((t) =>
          t.outcome && t.outcomeOn ? [{ partnerId: t.partnerId, outcome: t.outcome, outcomeOn: t.outcomeOn }] : [],
        ),
      ).map((r) => ({ ...r, partnerName: r.partnerId === null ? null : (names.get(r.partnerId) ?? null) }));
      const day = today();
      return c.json(
        {
          partners: partners.length,
          workers: workers.filter((w) => w.leftOn === null).length,
          activeAgreements: agreements.filter((a) => a.startOn <= day && (a.effectiveEndOn ?? day) >= day).length,
          runningTrajectories: trajectories.filter((t) => t.outcome === null).length,
          warnings: warn,
          successRates: rates,
          fundingRules: rules,
          ownPartnerId: scope.partnerId,
        },
        200,
      );
    },
  }),
  scopedListRoute({
    records: 'workers',
    summary: 'The placed workers the caller sees (a partner coach: only their enterprise’s)',
    item: s.worker,
    load: listWorkers,
  }),
  orgRoute({
    method: 'get',
    path: `${base}/log-choices`,
    tags,
    summary: 'The workers the caller may log hours and evaluations for, with their running trajectory',
    action: 'socialeconomy.log',
    response: z.object({
      items: z.array(
        z.object({ id: z.string(), name: z.string(), partnerName: z.string(), trajectoryId: z.string().nullable() }),
      ),
    }),
    handler: async (c, { orgId, user, role, db }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const [workers, trajectories] = await Promise.all([
        listWorkers(db, orgId, scope),
        trajectoriesOf(db, orgId, scope),
      ]);
      const running = new Map(trajectories.filter((t) => t.outcome === null).map((t) => [t.workerId, t.id]));
      const items = workers
        .filter((w) => w.leftOn === null)
        .map((w) => ({ id: w.id, name: w.name, partnerName: w.partnerName, trajectoryId: running.get(w.id) ?? null }));
      return c.json({ items }, 200);
    },
  }),
  ...managedRoutes({
    records: 'workers',
    event: 'se.worker_',
    create: {
      summary: 'Adds a placed worker (minimal data) of a partner enterprise',
      body: s.workerInput,
      run: createWorker,
    },
    update: { summary: 'Changes a placed worker', method: 'patch', body: s.workerPatch, run: updateWorker },
    remove: { summary: 'Removes a placed worker and everything logged for them', run: deleteWorker },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/workers/{workerId}`,
    tags,
    summary: 'One placed worker with hours, POP goals, evaluations and trajectories',
    action: 'socialeconomy.read',
    params: workerParams,
    response: s.workerDetail,
    handler: async (c, { orgId, user, role, db, params: { workerId }, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const detail = await workerDetail(db, orgId, scope, workerId);
      await audit({ action: 'se.worker_read', entity, entityId: workerId, read: true });
      return c.json(detail, 200);
    },
  }),
  addChildRoute({
    parent: 'workers',
    records: 'hours',
    summary: 'Logs hours worked or coached (coaching in a trajectory counts for its current phase)',
    action: 'socialeconomy.log',
    event: 'se.hours_logged',
    body: s.hoursInput,
    add: async (t, workerId, body) => logHours(t.db, t.orgId, await scopeOfCaller(t), workerId, t.user.id, body),
    details: (body) => ({ kind: body.kind, hours: body.hours }),
  }),
  removeChildRoute({
    parent: 'workers',
    records: 'hours',
    key: 'hoursId',
    summary: 'Removes logged hours',
    action: 'socialeconomy.log',
    event: 'se.hours_removed',
    remove: async (t, workerId, id) => deleteHours(t.db, t.orgId, await scopeOfCaller(t), workerId, id),
  }),
  addChildRoute({
    parent: 'workers',
    records: 'evaluations',
    summary: 'Adds an evaluation of a placed worker',
    action: 'socialeconomy.log',
    event: 'se.evaluation_added',
    body: s.evaluationInput,
    add: async (t, workerId, body) => addEvaluation(t.db, t.orgId, await scopeOfCaller(t), workerId, t.user.id, body),
  }),
  addChildRoute({
    parent: 'workers',
    records: 'goals',
    summary: 'Adds a goal to the worker’s personal development plan (POP)',
    action: 'socialeconomy.log',
    event: 'se.goal_added',
    body: s.goalInput,
    add: async (t, workerId, body) => addGoal(t.db, t.orgId, await scopeOfCaller(t), workerId, body),
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/workers/{workerId}/goals/{goalId}`,
    tags,
    summary: 'Changes a POP goal (its status, date or text)',
    action: 'socialeconomy.log',
    params: twoIds('workerId', 'goalId'),
    body: s.goalPatch,
    response: s.idAnswer,
    handler: async (c, { orgId, user, role, db, params: { workerId, goalId }, body, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      await updateGoal(db, orgId, scope, workerId, goalId, body);
      await audit({ action: 'se.goal_updated', entity, entityId: workerId });
      return c.json({ id: goalId }, 200);
    },
  }),
  scopedListRoute({
    records: 'trajectories',
    summary: 'The transition trajectories the caller sees, with phases, coaching hours and funding',
    item: s.trajectory,
    load: (db, orgId, scope) => trajectoriesOf(db, orgId, scope),
  }),
  addChildRoute({
    parent: 'workers',
    records: 'trajectories',
    summary: 'Starts a transition trajectory (phase 2) in its voortraject',
    action: 'socialeconomy.manage',
    event: 'se.trajectory_started',
    body: s.trajectoryInput,
    add: async ({ db, orgId }, workerId, body) => {
      await requireWorker(db, orgId, WHOLE_ORG, workerId);
      return startTrajectory(db, orgId, workerId, body);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/trajectories/{trajectoryId}/phases`,
    tags,
    summary: 'Moves a trajectory into its next phase',
    action: 'socialeconomy.manage',
    params: trajectoryParams,
    body: s.phaseInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { workerId, trajectoryId }, body, audit }) => {
      await enterPhase(db, orgId, workerId, trajectoryId, body);
      await audit({ action: 'se.trajectory_phase', entity, entityId: workerId, details: { phase: body.phase } });
      return c.json({ id: trajectoryId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/trajectories/{trajectoryId}/outcome`,
    tags,
    summary: 'Closes a trajectory with its outcome and date',
    action: 'socialeconomy.manage',
    params: trajectoryParams,
    body: s.outcomeInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { workerId, trajectoryId }, body, audit }) => {
      await closeTrajectory(db, orgId, workerId, trajectoryId, body);
      await audit({ action: 'se.trajectory_closed', entity, entityId: workerId, details: { outcome: body.outcome } });
      return c.json({ id: trajectoryId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/funding-rules`,
    tags,
    summary: 'Adds a funding rule per trajectory with its validity dates',
    action: 'socialeconomy.manage',
    body: s.fundingRuleInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await addFundingRule(db, orgId, body);
      await audit({ action: 'se.funding_rule_added', entity: 'se_funding_rule', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/funding-rules/{fundingRuleId}`,
    tags,
    summary: 'Removes a funding rule',
    action: 'socialeconomy.manage',
    params: idParams('fundingRuleId'),
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { fundingRuleId: ruleId }, audit }) => {
      await deleteFundingRule(db, orgId, ruleId);
      await audit({ action: 'se.funding_rule_removed', entity: 'se_funding_rule', entityId: ruleId });
      return c.json({ id: ruleId }, 200);
    },
  }),
);
