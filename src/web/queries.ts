/** Query definitions shared by the pages, so that every page uses the same cache keys. */
import { queryOptions } from '@tanstack/react-query';
import type { AuditEntry } from '../modules/audit/schema.ts';
import type { Invitation, Member, MyInvitation, Organisation } from '../modules/orgs/schema.ts';
import { api } from './api.ts';

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export const orgKey = (orgId: string) => ['orgs', orgId] as const;

export function orgQuery(orgId: string) {
  return queryOptions({
    queryKey: orgKey(orgId),
    queryFn: () => api<Organisation>('GET', `/api/orgs/${encodeURIComponent(orgId)}`),
  });
}

export function membersQuery(orgId: string) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'members'] as const,
    queryFn: () => api<{ items: Member[] }>('GET', `/api/orgs/${encodeURIComponent(orgId)}/members`),
  });
}

export function invitationsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'invitations'] as const,
    queryFn: () => api<{ items: Invitation[] }>('GET', `/api/orgs/${encodeURIComponent(orgId)}/invitations`),
  });
}

/** The logged-in person's own pending invitations. */
export function myInvitationsQuery() {
  return queryOptions({
    queryKey: ['invitations', 'mine'] as const,
    queryFn: () => api<{ items: MyInvitation[] }>('GET', '/api/invitations'),
  });
}

export function auditQuery(orgId: string, limit: number) {
  return queryOptions({
    queryKey: [...orgKey(orgId), 'audit', 'recent', limit] as const,
    queryFn: () => api<AuditPage>('GET', `/api/orgs/${encodeURIComponent(orgId)}/audit?limit=${limit}`),
  });
}
