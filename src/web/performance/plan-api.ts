/** Improvement actions and the strategy map: API paths under `/api/orgs/:orgId` and their queries. */
import { queryOptions } from '@tanstack/react-query';
import { PERSPECTIVES, type ActionStatus, type Perspective } from '../../modules/performance/tables.ts';
import { api, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const orgBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
/** Every performance answer of an organisation lives under this key (cockpit, KPIs, actions, map). */
export const performanceKey = (orgId: string) => [...orgKey(orgId), 'performance'] as const;
/** After a change: the cockpit flags (a red KPI without an action) change too, so everything is refetched. */
export const refreshPerformance = (orgId: string) => queryClient.invalidateQueries({ queryKey: performanceKey(orgId) });

export type { ActionStatus, Perspective };
export const ACTION_STATUSES: ActionStatus[] = ['plan', 'do', 'check', 'act', 'done'];
export { PERSPECTIVES };

export interface KpiRef {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
}
export interface Action {
  id: string;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  overdue: boolean;
  owner: { id: string; name: string } | null;
  doneAt: string | null;
  updatedAt: string;
  kpis: KpiRef[];
  caf: { subcriterion: string; assessmentId: string | null }[];
  notes: number;
}
export interface ActionDetail extends Action {
  description: string;
  createdAt: string;
  progress: { id: string; body: string; status: ActionStatus; author: string | null; at: string }[];
}
export interface Objective {
  id: string;
  perspective: Perspective;
  title: string;
  description: string;
  position: number;
  supports: string[];
  kpiIds: string[];
}
export interface MapKpi extends KpiRef {
  perspective: Perspective;
  archived: boolean;
  light?: 'green' | 'amber' | 'red' | null;
  latest?: { period: string; value: number } | null;
}
export interface StrategyMap {
  mission: string;
  vision: string;
  updatedAt: string | null;
  objectives: Objective[];
  kpis: MapKpi[];
}
export interface Choices {
  people: { userId: string; name: string; role: string }[];
  kpis: (KpiRef & { perspective: Perspective })[];
}

export interface ActionFilter {
  status: ActionStatus | 'open' | 'all';
  owner: string | null;
  overdue: boolean;
}

export function actionsQuery(orgId: string, f: ActionFilter) {
  const q = new URLSearchParams();
  if (f.status !== 'all') q.set('status', f.status);
  if (f.owner) q.set('owner', f.owner);
  if (f.overdue) q.set('overdue', 'true');
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'actions', f.status, f.owner, f.overdue] as const,
    queryFn: () => api<{ today: string; items: Action[] }>('GET', `${orgBase(orgId)}/actions?${q}`),
  });
}

export function myActionsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'my-actions'] as const,
    queryFn: () => api<{ today: string; items: Action[] }>('GET', `${orgBase(orgId)}/my-actions`),
  });
}

export function actionQuery(orgId: string, actionId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'action', actionId] as const,
    queryFn: () => api<ActionDetail>('GET', `${orgBase(orgId)}/actions/${encodeURIComponent(actionId)}`),
  });
}

export function strategyQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'strategy'] as const,
    queryFn: () => api<StrategyMap>('GET', `${orgBase(orgId)}/strategy`),
  });
}

export function choicesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'choices'] as const,
    queryFn: () => api<Choices>('GET', `${orgBase(orgId)}/performance/choices`),
  });
}
