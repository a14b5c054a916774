/** Partnerships: the typed calls and their query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import type { AssessmentInput, DecisionInput, ProjectInput } from '../../modules/partnerships/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const partnershipsKey = (orgId: string) => [...orgKey(orgId), 'partnerships'] as const;
/** After any change: every partnership query (and the decision register's pickers) is read again. */
export const refreshPartnerships = (orgId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: partnershipsKey(orgId) }),
    queryClient.invalidateQueries({ queryKey: [...orgKey(orgId), 'governance'] }),
  ]);
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
const atAssessment = (orgId: string, assessmentId: string) => ({ params: { path: { orgId, assessmentId } } });

/** The PDF of an assessment (a plain link: the browser downloads it). */
export const assessmentPdfUrl = (orgId: string, assessmentId: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/partnerships/assessments/${encodeURIComponent(assessmentId)}/report.pdf`;

export const assessmentsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...partnershipsKey(orgId), 'assessments'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/partnerships/assessments', inOrg(orgId))),
  });

export const assessmentQuery = (orgId: string, assessmentId: string) =>
  queryOptions({
    queryKey: [...partnershipsKey(orgId), 'assessment', assessmentId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/partnerships/assessments/{assessmentId}', atAssessment(orgId, assessmentId))),
  });

export const comparisonQuery = (orgId: string, assessmentId: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...partnershipsKey(orgId), 'assessment', assessmentId, 'compare', from, to] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/partnerships/assessments/{assessmentId}/compare', {
          params: { path: { orgId, assessmentId }, query: { from, to } },
        }),
      ),
  });

export const projectsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...partnershipsKey(orgId), 'projects'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/partnerships/projects', inOrg(orgId))),
  });

export const objectivesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...partnershipsKey(orgId), 'objectives'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/partnerships/objectives', inOrg(orgId))),
  });

export const partnershipCalls = {
  createAssessment: (orgId: string, body: AssessmentInput) =>
    call(client.POST('/orgs/{orgId}/partnerships/assessments', { ...inOrg(orgId), body })),
  saveAssessment: (orgId: string, assessmentId: string, body: AssessmentInput) =>
    call(
      client.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}', {
        ...atAssessment(orgId, assessmentId),
        body,
      }),
    ),
  decide: (orgId: string, assessmentId: string, body: DecisionInput) =>
    call(
      client.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}/decision', {
        ...atAssessment(orgId, assessmentId),
        body,
      }),
    ),
  createProject: (orgId: string, body: ProjectInput) =>
    call(client.POST('/orgs/{orgId}/partnerships/projects', { ...inOrg(orgId), body })),
  deleteAssessment: (orgId: string, assessmentId: string) =>
    call(client.DELETE('/orgs/{orgId}/partnerships/assessments/{assessmentId}', atAssessment(orgId, assessmentId))),
  deleteProject: (orgId: string, projectId: string) =>
    call(client.DELETE('/orgs/{orgId}/partnerships/projects/{projectId}', { params: { path: { orgId, projectId } } })),
  updateProject: (orgId: string, projectId: string, body: ProjectInput) =>
    call(
      client.PUT('/orgs/{orgId}/partnerships/projects/{projectId}', { params: { path: { orgId, projectId } }, body }),
    ),
};
