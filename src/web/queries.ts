/** Query definitions shared by the pages, so that every page uses the same cache keys. */
import { queryOptions } from '@tanstack/react-query';
import type { AuditEntry } from '../modules/audit/schema.ts';
import { call, client } from './api.ts';

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export const orgKey = (orgId: string) => ['orgs', orgId] as const;

export function orgQuery(orgId: string) {
  return queryOptions({
    queryKey: orgKey(orgId),
    queryFn: () => call(client.GET('/orgs/{orgId}', { params: { path: { orgId } } })),
  });
}

export function membersQuery(orgId: string) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'members'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/members', { params: { path: { orgId } } })),
  });
}

export function invitationsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'invitations'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/invitations', { params: { path: { orgId } } })),
  });
}

/** The logged-in person's own pending invitations. */
export function myInvitationsQuery() {
  return queryOptions({
    queryKey: ['invitations', 'mine'] as const,
    queryFn: () => call(client.GET('/invitations')),
  });
}

export function auditQuery(orgId: string, limit: number) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'audit', 'recent', limit] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/audit', { params: { path: { orgId }, query: { limit: limit } } })),
  });
}
