/** Job-carving: the typed calls and their shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import type { CandidateInput, ProposalInput, RoleInput, TaskInput } from '../../modules/job-carving/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const jobCarvingKey = (orgId: string) => [...orgKey(orgId), 'job-carving'] as const;
/** After any change: every job-carving query of the organisation is read again. */
export const refreshJobCarving = (orgId: string) => queryClient.invalidateQueries({ queryKey: jobCarvingKey(orgId) });
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

export const designerQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...jobCarvingKey(orgId), 'designer'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/job-carving/designer', inOrg(orgId))),
  });

export const candidatesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...jobCarvingKey(orgId), 'candidates'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/job-carving/candidates', inOrg(orgId))),
  });

export const vacanciesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...jobCarvingKey(orgId), 'vacancies'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/job-carving/vacancies', inOrg(orgId))),
  });

export const matchesQuery = (orgId: string, proposalId: string) =>
  queryOptions({
    queryKey: [...jobCarvingKey(orgId), 'matches', proposalId] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/job-carving/proposals/{proposalId}/matches', {
          params: { path: { orgId, proposalId }, query: { limit: 50 } },
        }),
      ),
  });

export const jobCarvingCalls = {
  createRole: (orgId: string, body: RoleInput) =>
    call(client.POST('/orgs/{orgId}/job-carving/roles', { ...inOrg(orgId), body })),
  updateRole: (orgId: string, roleId: string, body: RoleInput) =>
    call(client.PUT('/orgs/{orgId}/job-carving/roles/{roleId}', { params: { path: { orgId, roleId } }, body })),
  addStarters: (orgId: string, roleId: string, keys: string[]) =>
    call(
      client.POST('/orgs/{orgId}/job-carving/roles/{roleId}/starter-tasks', {
        params: { path: { orgId, roleId } },
        body: { keys },
      }),
    ),
  createTask: (orgId: string, body: TaskInput) =>
    call(client.POST('/orgs/{orgId}/job-carving/tasks', { ...inOrg(orgId), body })),
  updateTask: (orgId: string, taskId: string, body: TaskInput) =>
    call(client.PUT('/orgs/{orgId}/job-carving/tasks/{taskId}', { params: { path: { orgId, taskId } }, body })),
  deleteTask: (orgId: string, taskId: string) =>
    call(client.DELETE('/orgs/{orgId}/job-carving/tasks/{taskId}', { params: { path: { orgId, taskId } } })),
  createProposal: (orgId: string, body: ProposalInput) =>
    call(client.POST('/orgs/{orgId}/job-carving/proposals', { ...inOrg(orgId), body })),
  updateProposal: (orgId: string, proposalId: string, body: ProposalInput) =>
    call(
      client.PUT('/orgs/{orgId}/job-carving/proposals/{proposalId}', { params: { path: { orgId, proposalId } }, body }),
    ),
  toVacancy: (orgId: string, proposalId: string) =>
    call(
      client.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/vacancy', {
        params: { path: { orgId, proposalId } },
      }),
    ),
  toAgreement: (orgId: string, proposalId: string, body: { partnerId: string; startOn: string }) =>
    call(
      client.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/agreement', {
        params: { path: { orgId, proposalId } },
        body,
      }),
    ),
  createCandidate: (orgId: string, body: CandidateInput) =>
    call(client.POST('/orgs/{orgId}/job-carving/candidates', { ...inOrg(orgId), body })),
  updateCandidate: (orgId: string, candidateId: string, body: CandidateInput) =>
    call(
      client.PUT('/orgs/{orgId}/job-carving/candidates/{candidateId}', {
        params: { path: { orgId, candidateId } },
        body,
      }),
    ),
  deleteCandidate: (orgId: string, candidateId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/job-carving/candidates/{candidateId}', { params: { path: { orgId, candidateId } } }),
    ),
  setVacancyStatus: (orgId: string, vacancyId: string, status: 'open' | 'filled' | 'closed') =>
    call(
      client.PATCH('/orgs/{orgId}/job-carving/vacancies/{vacancyId}', {
        params: { path: { orgId, vacancyId } },
        body: { status },
      }),
    ),
};
