/** The handbook: the typed calls and their shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import type { DocumentPatch, RichDoc } from '../../modules/handbook/schema.ts';
import type { Role } from '../../modules/orgs/policy.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const handbookKey = (orgId: string) => [...orgKey(orgId), 'handbook'] as const;
/** After any change: every handbook query of the organisation is read again. */
export const refreshHandbook = (orgId: string) => queryClient.invalidateQueries({ queryKey: handbookKey(orgId) });
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
const onDoc = (orgId: string, documentId: string) => ({ params: { path: { orgId, documentId } } });

export interface HandbookFilter {
  q?: string;
  processId?: string;
  role?: Role;
}

export const handbookQuery = (orgId: string, filter: HandbookFilter = {}) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'overview', filter] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/handbook', { params: { path: { orgId }, query: filter } })),
  });

export const documentQuery = (orgId: string, documentId: string) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'document', documentId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/handbook/documents/{documentId}', onDoc(orgId, documentId))),
  });

export const readersQuery = (orgId: string, documentId: string) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'readers', documentId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/handbook/documents/{documentId}/readers', onDoc(orgId, documentId))),
  });

export const compareQuery = (orgId: string, documentId: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'compare', documentId, from, to] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/handbook/documents/{documentId}/compare', {
          params: { path: { orgId, documentId }, query: { from, to } },
        }),
      ),
  });

export const choicesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'choices'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/handbook/choices', inOrg(orgId))),
  });

export const approvalsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...handbookKey(orgId), 'approvals'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/handbook/approvals', inOrg(orgId))),
  });

export type Step = 'submit' | 'approve' | 'send-back' | 'withdraw';

export const handbookCalls = {
  addProcess: (orgId: string, body: { name: string; description?: string }) =>
    call(client.POST('/orgs/{orgId}/handbook/processes', { ...inOrg(orgId), body })),
  addDocument: (
    orgId: string,
    body: { processId: string; kind: 'procedure' | 'instruction' | 'form'; title: string; ownerId?: string | null },
  ) => call(client.POST('/orgs/{orgId}/handbook/documents', { ...inOrg(orgId), body })),
  patchDocument: (orgId: string, documentId: string, body: DocumentPatch) =>
    call(client.PATCH('/orgs/{orgId}/handbook/documents/{documentId}', { ...onDoc(orgId, documentId), body })),
  saveDraft: (orgId: string, documentId: string, content: RichDoc, changeNote?: string) =>
    call(
      client.PUT('/orgs/{orgId}/handbook/documents/{documentId}/draft', {
        ...onDoc(orgId, documentId),
        // The server checks the document against the strict schema; the editor's JSON is typed loosely.
        body: { content: content as never, changeNote },
      }),
    ),
  step: (orgId: string, documentId: string, step: Step) => {
    const args = onDoc(orgId, documentId);
    switch (step) {
      case 'submit':
        return call(client.POST('/orgs/{orgId}/handbook/documents/{documentId}/submit', args));
      case 'approve':
        return call(client.POST('/orgs/{orgId}/handbook/documents/{documentId}/approve', args));
      case 'send-back':
        return call(client.POST('/orgs/{orgId}/handbook/documents/{documentId}/send-back', args));
      default:
        return call(client.POST('/orgs/{orgId}/handbook/documents/{documentId}/withdraw', args));
    }
  },
  askToRead: (orgId: string, documentId: string, role: Role) =>
    call(
      client.POST('/orgs/{orgId}/handbook/documents/{documentId}/read-requests', {
        ...onDoc(orgId, documentId),
        body: { role },
      }),
    ),
  confirm: (orgId: string, documentId: string) =>
    call(client.POST('/orgs/{orgId}/handbook/documents/{documentId}/confirm', onDoc(orgId, documentId))),
  addRisk: (orgId: string, body: { title: string; level?: 'low' | 'medium' | 'high' }) =>
    call(client.POST('/orgs/{orgId}/handbook/risks', { ...inOrg(orgId), body })),
};

/** The address of the approved handbook as PDF. */
export const handbookPdfUrl = (orgId: string) => `/api/orgs/${orgId}/handbook/export.pdf`;
