/** Surveys: the typed calls' shared query definitions, and the path of the CSV download link. */
import { queryOptions } from '@tanstack/react-query';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

/** Only for plain links (the results CSV is a download the browser fetches itself). */
export const surveysBase = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/surveys`;
export const surveysKey = (orgId: string) => [...orgKey(orgId), 'surveys'] as const;
export const refreshSurveys = (orgId: string) => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) });
/** The path parameters of one survey. */
export const surveyParams = (orgId: string, surveyId: string) => ({ path: { orgId, surveyId } });

export const surveysQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'list'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/surveys', { params: { path: { orgId } } })),
  });

export const surveyQuery = (orgId: string, surveyId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'one', surveyId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/surveys/{surveyId}', { params: surveyParams(orgId, surveyId) })),
  });

export const resultsQuery = (orgId: string, surveyId: string) =>
  queryOptions({
    queryKey: [...surveysKey(orgId), 'results', surveyId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/surveys/{surveyId}/results', { params: surveyParams(orgId, surveyId) })),
  });
