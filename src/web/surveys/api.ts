/** Surveys API paths and the shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import { api, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';
import type { Results, SurveyDetail, SurveySummary } from './types.ts';

export const surveysBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/surveys`;
export const surveysKey = (orgId: string) => [...orgKey(orgId), 'surveys'] as const;
export const refreshSurveys = (orgId: string) => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) });

export const surveysQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'list'] as const,
    queryFn: () => api<{ items: SurveySummary[] }>('GET', surveysBase(orgId)),
  });

export const surveyQuery = (orgId: string, surveyId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'one', surveyId] as const,
    queryFn: () => api<SurveyDetail>('GET', `${surveysBase(orgId)}/${encodeURIComponent(surveyId)}`),
  });

export const resultsQuery = (orgId: string, surveyId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'results', surveyId] as const,
    queryFn: () =>
      api<{ survey: SurveySummary; results: Results }>(
        'GET',
        `${surveysBase(orgId)}/${encodeURIComponent(surveyId)}/results`,
      ),
  });
