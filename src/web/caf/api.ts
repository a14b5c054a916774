/** CAF API paths under `/api/orgs/:orgId/caf` and the query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import { api, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';
import type { AssessmentDetail, AssessmentSummary, ConsensusView, MyAssessment, MyScores, Results } from './types.ts';

export const cafBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/caf`;
export const roundBase = (orgId: string, id: string) => `${cafBase(orgId)}/assessments/${encodeURIComponent(id)}`;
export const cafKey = (orgId: string) => [...orgKey(orgId), 'caf'] as const;

/** After a change: every CAF answer of the organisation is refetched. */
export const refreshCaf = (orgId: string) => queryClient.invalidateQueries({ queryKey: cafKey(orgId) });

export const assessmentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'list'] as const,
    queryFn: () => api<{ items: AssessmentSummary[] }>('GET', `${cafBase(orgId)}/assessments`),
  });
export const myAssessmentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'mine'] as const,
    queryFn: () => api<{ items: MyAssessment[] }>('GET', `${cafBase(orgId)}/my-assessments`),
  });
export const assessorsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'assessors'] as const,
    queryFn: () =>
      api<{ items: { userId: string; name: string; email: string; role: string }[] }>(
        'GET',
        `${cafBase(orgId)}/assessors`,
      ),
  });
export const assessmentQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id] as const,
    queryFn: () => api<AssessmentDetail>('GET', roundBase(orgId, id)),
  });
export const myScoresQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'my-scores'] as const,
    queryFn: () => api<MyScores>('GET', `${roundBase(orgId, id)}/my-scores`),
  });
export const consensusQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'consensus'] as const,
    queryFn: () => api<ConsensusView>('GET', `${roundBase(orgId, id)}/consensus`),
  });
export const resultsQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...cafKey(orgId), 'round', id, 'results'] as const,
    queryFn: () => api<Results>('GET', `${roundBase(orgId, id)}/results`),
  });
