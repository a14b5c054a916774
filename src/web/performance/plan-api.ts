/** Improvement actions and the strategy map through the typed client: the queries and the changes. */
import { queryOptions } from '@tanstack/react-query';
import { PERSPECTIVES, type ActionStatus, type Perspective } from '../../modules/performance/tables.ts';
import type { z } from 'zod';
import type { actionInput, actionPatch, objectiveInput, strategyInput } from '../../modules/performance/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

const org = (orgId: string) => ({ params: { path: { orgId } } });
const ofAction = (orgId: string, actionId: string) => ({ params: { path: { orgId, actionId } } });
const ofObjective = (orgId: string, objectiveId: string) => ({ params: { path: { orgId, objectiveId } } });
/** Every performance answer of an organisation lives under this key (cockpit, KPIs, actions, map). */
export const performanceKey = (orgId: string) => [...orgKey(orgId), 'performance'] as const;
/** After a change: the cockpit flags (a red KPI without an action) change too, so everything is refetched. */
export const refreshPerformance = (orgId: string) => queryClient.invalidateQueries({ queryKey: performanceKey(orgId) });

export type { ActionStatus, Perspective };
export const ACTION_STATUSES: ActionStatus[] = ['plan', 'do', 'check', 'act', 'done'];
export { PERSPECTIVES };

export type {
  ActionDetail,
  ActionSummary as Action,
  Choices,
  KpiRef,
  Objective,
  StrategyMap,
} from '../../modules/performance/schema.ts';
import type { StrategyMap } from '../../modules/performance/schema.ts';
/** A KPI as the strategy map shows it (with its latest value and light). */
export type MapKpi = StrategyMap['kpis'][number];

export interface ActionFilter {
  status: ActionStatus | 'open' | 'all';
  owner: string | null;
  overdue: boolean;
}

export function actionsQuery(orgId: string, f: ActionFilter) {
  const query = {
    ...(f.status !== 'all' ? { status: f.status } : {}),
    ...(f.owner ? { owner: f.owner } : {}),
    ...(f.overdue ? { overdue: 'true' as const } : {}),
  };
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'actions', f.status, f.owner, f.overdue] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/actions', { params: { path: { orgId }, query } })),
  });
}

export function myActionsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'my-actions'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/my-actions', org(orgId))),
  });
}

export function actionQuery(orgId: string, actionId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'action', actionId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/actions/{actionId}', ofAction(orgId, actionId))),
  });
}

export function strategyQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'strategy'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/strategy', org(orgId))),
  });
}

export function choicesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'choices'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/performance/choices', org(orgId))),
  });
}

/** The changes of the action and strategy pages, each one typed call. */
export const planCalls = {
  createAction: (orgId: string, body: z.input<typeof actionInput>) =>
    call(client.POST('/orgs/{orgId}/actions', { ...org(orgId), body })),
  updateAction: (orgId: string, actionId: string, body: z.input<typeof actionPatch>) =>
    call(client.PATCH('/orgs/{orgId}/actions/{actionId}', { ...ofAction(orgId, actionId), body })),
  addProgress: (orgId: string, actionId: string, body: { body: string; status?: ActionStatus }) =>
    call(client.POST('/orgs/{orgId}/actions/{actionId}/notes', { ...ofAction(orgId, actionId), body })),
  deleteAction: (orgId: string, actionId: string) =>
    call(client.DELETE('/orgs/{orgId}/actions/{actionId}', ofAction(orgId, actionId))),
  saveMission: (orgId: string, body: z.input<typeof strategyInput>) =>
    call(client.PUT('/orgs/{orgId}/strategy', { ...org(orgId), body })),
  createObjective: (orgId: string, body: z.input<typeof objectiveInput>) =>
    call(client.POST('/orgs/{orgId}/strategy/objectives', { ...org(orgId), body })),
  updateObjective: (orgId: string, objectiveId: string, body: z.input<typeof objectiveInput>) =>
    call(client.PUT('/orgs/{orgId}/strategy/objectives/{objectiveId}', { ...ofObjective(orgId, objectiveId), body })),
  deleteObjective: (orgId: string, objectiveId: string) =>
    call(client.DELETE('/orgs/{orgId}/strategy/objectives/{objectiveId}', ofObjective(orgId, objectiveId))),
};
