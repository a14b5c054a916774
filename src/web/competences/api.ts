/** Competences: the typed calls' shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import type { ActionInput, CompetenceInput, ProfileInput } from '../../modules/competences/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const competencesKey = (orgId: string) => [...orgKey(orgId), 'competences'] as const;
/** After any change: every competence query of the organisation is read again. */
export const refreshCompetences = (orgId: string) => queryClient.invalidateQueries({ queryKey: competencesKey(orgId) });
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

export const catalogueQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'catalogue'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/competences/catalogue', inOrg(orgId))),
  });

export const profilesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'profiles'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/competences/profiles', inOrg(orgId))),
  });

export const peopleQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'people'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/competences/people', inOrg(orgId))),
  });

export const personQuery = (orgId: string, employeeId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'person', employeeId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/competences/people/{employeeId}', { params: { path: { orgId, employeeId } } })),
  });

export const heatmapQuery = (orgId: string, profileId: string | null) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'heatmap', profileId ?? 'all'] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/competences/heatmap', {
          params: { path: { orgId }, query: profileId ? { profileId } : {} },
        }),
      ),
  });

export const expiringQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'expiring'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/competences/expiring', inOrg(orgId))),
  });

export const myCompetencesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...competencesKey(orgId), 'me'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/competences/me', inOrg(orgId))),
  });

/** The changes of the catalogue and of plan actions: each "add" has its "change" beside it. */
export const competenceCalls = {
  createCompetence: (orgId: string, body: CompetenceInput) =>
    call(client.POST('/orgs/{orgId}/competences/catalogue', { ...inOrg(orgId), body })),
  updateCompetence: (orgId: string, competenceId: string, body: CompetenceInput) =>
    call(
      client.PUT('/orgs/{orgId}/competences/catalogue/{competenceId}', {
        params: { path: { orgId, competenceId } },
        body,
      }),
    ),
  createProfile: (orgId: string, body: ProfileInput) =>
    call(client.POST('/orgs/{orgId}/competences/profiles', { ...inOrg(orgId), body })),
  updateProfile: (orgId: string, profileId: string, body: ProfileInput) =>
    call(
      client.PUT('/orgs/{orgId}/competences/profiles/{profileId}', { params: { path: { orgId, profileId } }, body }),
    ),
  createAction: (orgId: string, planId: string, body: ActionInput) =>
    call(
      client.POST('/orgs/{orgId}/competences/plans/{planId}/actions', { params: { path: { orgId, planId } }, body }),
    ),
  updateAction: (orgId: string, actionId: string, body: ActionInput) =>
    call(client.PATCH('/orgs/{orgId}/competences/actions/{actionId}', { params: { path: { orgId, actionId } }, body })),
};
