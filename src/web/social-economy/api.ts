/** Social economy: the typed calls' shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const seKey = (orgId: string) => [...orgKey(orgId), 'social-economy'] as const;
/** After any change: every social-economy query of the organisation is read again. */
export const refreshSe = (orgId: string) => queryClient.invalidateQueries({ queryKey: seKey(orgId) });
export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

export const overviewQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'overview'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/social-economy/overview', inOrg(orgId))),
  });
export const partnersQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'partners'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/social-economy/partners', inOrg(orgId))),
  });
export const partnerQuery = (orgId: string, partnerId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'partner', partnerId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/social-economy/partners/{partnerId}', { params: { path: { orgId, partnerId } } })),
  });
export const partnerMembersQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'partner-members'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/social-economy/partner-members', inOrg(orgId))),
  });
export const agreementsQuery = (orgId: string, year?: number) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'agreements', year ?? 'now'] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/social-economy/agreements', {
          params: { path: { orgId }, query: year ? { year } : {} },
        }),
      ),
  });
export const agreementQuery = (orgId: string, agreementId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'agreement', agreementId] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/social-economy/agreements/{agreementId}', {
          params: { path: { orgId, agreementId } },
        }),
      ),
  });
export const workersQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'workers'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/social-economy/workers', inOrg(orgId))),
  });
export const workerQuery = (orgId: string, workerId: string) =>
  queryOptions({
    queryKey: [...seKey(orgId), 'worker', workerId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/social-economy/workers/{workerId}', { params: { path: { orgId, workerId } } })),
  });

/** The address of the yearly report download. */
export const reportUrl = (orgId: string, year: number, format: 'pdf' | 'xlsx') =>
  `/api/orgs/${orgId}/social-economy/report.${format}?year=${year}`;

/** Removals (each route writes its audit entry); the caller refreshes with `refreshSe`. */
export const seRemove = {
  contact: (orgId: string, partnerId: string, contactId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/social-economy/partners/{partnerId}/contacts/{contactId}', {
        params: { path: { orgId, partnerId, contactId } },
      }),
    ),
  amendment: (orgId: string, agreementId: string, amendmentId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/social-economy/agreements/{agreementId}/amendments/{amendmentId}', {
        params: { path: { orgId, agreementId, amendmentId } },
      }),
    ),
  hours: (orgId: string, workerId: string, hoursId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/social-economy/workers/{workerId}/hours/{hoursId}', {
        params: { path: { orgId, workerId, hoursId } },
      }),
    ),
  fundingRule: (orgId: string, fundingRuleId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/social-economy/funding-rules/{fundingRuleId}', {
        params: { path: { orgId, fundingRuleId } },
      }),
    ),
};
