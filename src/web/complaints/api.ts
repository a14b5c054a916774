/** Complaints: the typed calls and their shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import type { ComplaintInput, HandlingPatch } from '../../modules/complaints/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const complaintsKey = (orgId: string) => [...orgKey(orgId), 'complaints'] as const;
/** After any change: every complaint query of the organisation, and the KPIs they feed, are read again. */
export const refreshComplaints = async (orgId: string) => {
  await queryClient.invalidateQueries({ queryKey: complaintsKey(orgId) });
  await queryClient.invalidateQueries({ queryKey: orgKey(orgId) });
};
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
const inComplaint = (orgId: string, complaintId: string) => ({ params: { path: { orgId, complaintId } } });

export const complaintsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'list'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/complaints', inOrg(orgId))),
  });
export const complaintQuery = (orgId: string, complaintId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'one', complaintId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/complaints/{complaintId}', inComplaint(orgId, complaintId))),
  });
export const rulesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'rules'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/complaint-rules', inOrg(orgId))),
  });
export const figuresQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'figures'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/complaint-figures', inOrg(orgId))),
  });
export const linkQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'link'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/complaint-link', inOrg(orgId))),
  });
export const originActionsQuery = (orgId: string, complaintId: string) =>
  queryOptions({
    queryKey: [...complaintsKey(orgId), 'actions', complaintId] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/actions/from-complaint/{complaintId}', inComplaint(orgId, complaintId))),
  });

export const complaintCalls = {
  register: (orgId: string, body: ComplaintInput) =>
    call(client.POST('/orgs/{orgId}/complaints', { ...inOrg(orgId), body })),
  handle: (orgId: string, complaintId: string, body: HandlingPatch) =>
    call(client.PATCH('/orgs/{orgId}/complaints/{complaintId}', { ...inComplaint(orgId, complaintId), body })),
  addStep: (orgId: string, complaintId: string, body: { doneOn: string; note: string }) =>
    call(client.POST('/orgs/{orgId}/complaints/{complaintId}/steps', { ...inComplaint(orgId, complaintId), body })),
  addRule: (orgId: string, body: { validFrom: string; ackDays: number; answerDays: number }) =>
    call(client.POST('/orgs/{orgId}/complaint-rules', { ...inOrg(orgId), body })),
  newLink: (orgId: string) => call(client.POST('/orgs/{orgId}/complaint-link', inOrg(orgId))),
  removeLink: (orgId: string) => call(client.DELETE('/orgs/{orgId}/complaint-link', inOrg(orgId))),
  createAction: (orgId: string, complaintId: string) =>
    call(client.POST('/orgs/{orgId}/actions/from-complaint/{complaintId}', inComplaint(orgId, complaintId))),
};
