/** Clients API paths under `/api/orgs/:orgId` and the shared query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

/** The API address of an organisation, for the file uploads and downloads (links, multipart forms). */
export const orgBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
/** The `params` of a typed call on a path under `/orgs/{orgId}` (with more path parameters). */
export const at = <P extends Record<string, string>>(orgId: string, more?: P) => ({
  params: { path: { orgId, ...(more as P) } },
});
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
  const query = {
    ...(search ? { search } : {}),
    ...(group ? { group } : {}),
    ...(professional ? { professional } : {}),
  };
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'list', search, group, professional] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/clients', { params: { path: { orgId }, query } })),
  });
}

export function clientQuery(orgId: string, clientId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'client', clientId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/clients/{clientId}', at(orgId, { clientId }))),
  });
}

/** Members who can work in a group (directie, staf, begeleider), for whoever manages clients. */
export function groupCandidatesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'group-candidates'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/offer/group-candidates', at(orgId))),
  });
}

export function offerQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'offer'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/offer', at(orgId))),
  });
}

/** Which clients a week grid shows: one group, the clients one professional (user id) follows, or everyone. */
export interface GridFilter {
  group: string | null;
  professional: string | null;
}

export function weekQuery(orgId: string, start: string, { group, professional }: GridFilter) {
  const query = { start, ...(group ? { group } : {}), ...(professional ? { professional } : {}) };
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'week', start, group, professional] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/registrations/week', { params: { path: { orgId }, query } })),
    staleTime: 0,
  });
}

export function consumptionQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'consumption', year] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/consumption', { params: { path: { orgId }, query: { year } } })),
    staleTime: 0,
  });
}

export function statementQuery(orgId: string, month: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'statement', month] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/statements', { params: { path: { orgId }, query: { month } } })),
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
  const query = {
    runs: p.runs,
    seed: p.seed,
    inflowPerMonth: p.inflowPerMonth,
    ...(p.costPerFteCents ? { costPerFteCents: p.costPerFteCents } : {}),
    ...(p.leaveProbability !== null ? { leaveProbability: p.leaveProbability } : {}),
  };
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'forecast', JSON.stringify(query)] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/forecast', { params: { path: { orgId }, query } })),
  });
}

export function waitingQuery(orgId: string, capacity: Record<string, number>) {
  const json = JSON.stringify(capacity);
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'waiting', json] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/waiting-list', { params: { path: { orgId }, query: { capacity: json } } })),
  });
}

export function rulesQuery(orgId: string) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'rules'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/rules', at(orgId))),
  });
}

/** One client's budget per support function, with the registrations behind it. */
export function clientConsumptionQuery(orgId: string, clientId: string, year: number) {
  return queryOptions({
    queryKey: [...clientsKey(orgId), 'client', clientId, 'consumption', year] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/clients/{clientId}/consumption', {
          params: { path: { orgId, clientId }, query: { year } },
        }),
      ),
    staleTime: 0,
  });
}
