/** Clients API paths under `/api/orgs/:orgId` and the shared query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import { api, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';
import type {
  ClientDetail,
  ClientSummary,
  ConsumptionRow,
  Forecast,
  Offer,
  Rule,
  StatementAnswer,
  WaitingList,
  WeekGrid,
} from './types.ts';

export const orgBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
export const clientsKey = (orgId: string) => [...orgKey(orgId), 'clients'] as const;

/** After any change: every clients answer of the organisation is refetched. */
export const refreshClients = (orgId: string) => queryClient.invalidateQueries({ queryKey: clientsKey(orgId) });

/**
 * After a change whose answer is the new state of one query: that answer is stored under `key`
 * and every other clients answer of the organisation is refetched (not the one just answered).
 */
export function storeAndRefresh<T>(orgId: string, key: readonly unknown[], answer: T) {
  queryClient.setQueryData(key, answer);
  return queryClient.invalidateQueries({
    queryKey: clientsKey(orgId),
    predicate: (q) => !(q.queryKey.length === key.length && q.queryKey.every((k, i) => k === key[i])),
  });
}

/** `professional`: only the clients this member (user id) follows. */
export function clientsQuery(orgId: string, search: string, group: string | null, professional: string | null = null) {
  const q = new URLSearchParams();
  if (search) q.set('search', search);
  if (group) q.set('group', group);
  if (professional) q.set('professional', professional);
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'list', search, group, professional] as const,
    queryFn: () => api<{ items: ClientSummary[] }>('GET', `${orgBase(orgId)}/clients?${q}`),
  });
}

export function clientQuery(orgId: string, clientId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'client', clientId] as const,
    queryFn: () => api<ClientDetail>('GET', `${orgBase(orgId)}/clients/${encodeURIComponent(clientId)}`),
  });
}

/** Members who can work in a group (directie, staf, begeleider), for whoever manages clients. */
export function groupCandidatesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'group-candidates'] as const,
    queryFn: () =>
      api<{ items: { userId: string; name: string; role: string }[] }>(
        'GET',
        `${orgBase(orgId)}/offer/group-candidates`,
      ),
  });
}

export function offerQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'offer'] as const,
    queryFn: () => api<Offer>('GET', `${orgBase(orgId)}/offer`),
  });
}

/** Which clients a week grid shows: one group, the clients one professional (user id) follows, or everyone. */
export interface GridFilter {
  group: string | null;
  professional: string | null;
}

export function weekQuery(orgId: string, start: string, { group, professional }: GridFilter) {
  const q = new URLSearchParams({ start });
  if (group) q.set('group', group);
  if (professional) q.set('professional', professional);
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'week', start, group, professional] as const,
    queryFn: () => api<WeekGrid>('GET', `${orgBase(orgId)}/registrations/week?${q}`),
    staleTime: 0,
  });
}

export function consumptionQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'consumption', year] as const,
    queryFn: () =>
      api<{ year: number; asOf: string; items: ConsumptionRow[] }>('GET', `${orgBase(orgId)}/consumption?year=${year}`),
    staleTime: 0,
  });
}

export function statementQuery(orgId: string, month: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'statement', month] as const,
    queryFn: () => api<StatementAnswer>('GET', `${orgBase(orgId)}/statements?month=${month}`),
    staleTime: 0,
  });
}

export interface ForecastParams {
  runs: number;
  seed: number;
  costPerFteCents: number | null;
  leaveProbability: number | null;
  inflowPerMonth: number;
}

export function forecastQuery(orgId: string, p: ForecastParams) {
  const q = new URLSearchParams({
    runs: String(p.runs),
    seed: String(p.seed),
    inflowPerMonth: String(p.inflowPerMonth),
  });
  if (p.costPerFteCents) q.set('costPerFteCents', String(p.costPerFteCents));
  if (p.leaveProbability !== null) q.set('leaveProbability', String(p.leaveProbability));
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'forecast', q.toString()] as const,
    queryFn: () => api<Forecast>('GET', `${orgBase(orgId)}/forecast?${q}`),
  });
}

export function waitingQuery(orgId: string, capacity: Record<string, number>) {
  const json = JSON.stringify(capacity);
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'waiting', json] as const,
    queryFn: () => api<WaitingList>('GET', `${orgBase(orgId)}/waiting-list?capacity=${encodeURIComponent(json)}`),
  });
}

export function rulesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'rules'] as const,
    queryFn: () => api<{ items: Rule[] }>('GET', `${orgBase(orgId)}/rules`),
  });
}
