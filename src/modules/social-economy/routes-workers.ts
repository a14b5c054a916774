import { z } from '@hono/zod-openapi';
import { today } from '../../lib/calendar.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { successRates } from './logic/trajectories.ts';
import { listAgreements } from './agreements.ts';
import { listPartners } from './partners.ts';
import { addEvaluation, addGoal, updateGoal } from './records.ts';
import * as s from './schema.ts';
import { base, idParams, tags, twoIds, workerParams } from './routes-shared.ts';
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
  orgRoute({
    method: 'get',
    path: `${base}/workers`,
    tags,
    summary: 'The placed workers the caller sees (a partner coach: only their enterprise’s)',
    action: 'socialeconomy.read',
    response: z.object({ items: z.array(s.worker) }),
    handler: async (c, { orgId, user, role, db }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json({ items: await listWorkers(db, orgId, scope) }, 200);
    },
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
  ...crudRoutes({
    base: `${base}/workers`,
    key: 'workerId',
    tags,
    action: 'socialeconomy.manage',
    entity,
    event: 'se.worker_',
    response: s.idAnswer,
    create: {
      summary: 'Adds a placed worker (minimal data) of a partner enterprise',
      body: s.workerInput,
      run: async ({ orgId, db }, body) => ({ id: await createWorker(db, orgId, body) }),
    },
    update: {
      summary: 'Changes a placed worker',
      method: 'patch',
      body: s.workerPatch,
      run: async ({ orgId, db }, id, body) => {
        await updateWorker(db, orgId, id, body);
        return { id };
      },
    },
    remove: {
      summary: 'Removes a placed worker and everything logged for them',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteWorker(db, orgId, id),
    },
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
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/hours`,
    tags,
    summary: 'Logs hours worked or coached (coaching in a trajectory counts for its current phase)',
    action: 'socialeconomy.log',
    params: workerParams,
    body: s.hoursInput,
    response: s.idAnswer,
    handler: async (c, { orgId, user, role, db, params: { workerId }, body, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const id = await logHours(db, orgId, scope, workerId, user.id, body);
      await audit({
        action: 'se.hours_logged',
        entity,
        entityId: workerId,
        details: { kind: body.kind, hours: body.hours },
      });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/workers/{workerId}/hours/{hoursId}`,
    tags,
    summary: 'Removes logged hours',
    action: 'socialeconomy.log',
    params: twoIds('workerId', 'hoursId'),
    response: s.idAnswer,
    handler: async (c, { orgId, user, role, db, params: { workerId, hoursId }, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      await deleteHours(db, orgId, scope, workerId, hoursId);
      await audit({ action: 'se.hours_removed', entity, entityId: workerId });
      return c.json({ id: hoursId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/evaluations`,
    tags,
    summary: 'Adds an evaluation of a placed worker',
    action: 'socialeconomy.log',
    params: workerParams,
    body: s.evaluationInput,
    response: s.idAnswer,
    handler: async (c, { orgId, user, role, db, params: { workerId }, body, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const id = await addEvaluation(db, orgId, scope, workerId, user.id, body);
      await audit({ action: 'se.evaluation_added', entity, entityId: workerId });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/goals`,
    tags,
    summary: 'Adds a goal to the worker’s personal development plan (POP)',
    action: 'socialeconomy.log',
    params: workerParams,
    body: s.goalInput,
    response: s.idAnswer,
    handler: async (c, { orgId, user, role, db, params: { workerId }, body, audit }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      const id = await addGoal(db, orgId, scope, workerId, body);
      await audit({ action: 'se.goal_added', entity, entityId: workerId });
      return c.json({ id }, 200);
    },
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
  orgRoute({
    method: 'get',
    path: `${base}/trajectories`,
    tags,
    summary: 'The transition trajectories the caller sees, with phases, coaching hours and funding',
    action: 'socialeconomy.read',
    response: z.object({ items: z.array(s.trajectory) }),
    handler: async (c, { orgId, user, role, db }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json({ items: await trajectoriesOf(db, orgId, scope) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/workers/{workerId}/trajectories`,
    tags,
    summary: 'Starts a transition trajectory (phase 2) in its voortraject',
    action: 'socialeconomy.manage',
    params: workerParams,
    body: s.trajectoryInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { workerId }, body, audit }) => {
      await requireWorker(db, orgId, WHOLE_ORG, workerId);
      const id = await startTrajectory(db, orgId, workerId, body);
      await audit({ action: 'se.trajectory_started', entity, entityId: workerId });
      return c.json({ id }, 200);
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
