/** CAF calls (typed client over `/api/orgs/{orgId}/caf`) and the query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const cafKey = (orgId: string) => [...orgKey(orgId), 'caf'] as const;
/** The path parameters of a round. */
export const roundParams = (orgId: string, assessmentId: string) => ({ path: { orgId, assessmentId } });
/** The path parameters of one subcriterion of a round. */
export const subParams = (orgId: string, assessmentId: string, subcriterion: string) => ({
  path: { orgId, assessmentId, subcriterion },
});
/** The PDF report of a round (a plain link: the browser downloads it). */
export const reportUrl = (orgId: string, assessmentId: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/caf/assessments/${encodeURIComponent(assessmentId)}/report.pdf`;

/** After a change: every CAF answer of the organisation is refetched. */
export const refreshCaf = (orgId: string) => queryClient.invalidateQueries({ queryKey: cafKey(orgId) });

export const assessmentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'list'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/caf/assessments', { params: { path: { orgId } } })),
  });
export const myAssessmentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'mine'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/caf/my-assessments', { params: { path: { orgId } } })),
  });
export const assessorsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'assessors'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/caf/assessors', { params: { path: { orgId } } })),
  });
export const assessmentQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/caf/assessments/{assessmentId}', { params: roundParams(orgId, id) })),
  });
export const myScoresQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'my-scores'] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/caf/assessments/{assessmentId}/my-scores', { params: roundParams(orgId, id) })),
  });
export const consensusQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'consensus'] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus', { params: roundParams(orgId, id) })),
  });
export const resultsQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'results'] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/caf/assessments/{assessmentId}/results', { params: roundParams(orgId, id) })),
  });
