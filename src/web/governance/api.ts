/** Governance: the typed calls and their query definitions (one cache key tree). */
import { queryOptions } from '@tanstack/react-query';
import type { DecisionInput } from '../../modules/governance/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export const governanceKey = (orgId: string) => [...orgKey(orgId), 'governance'] as const;
export const refreshGovernance = (orgId: string) => queryClient.invalidateQueries({ queryKey: governanceKey(orgId) });
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

/** The board pack of a meeting as PDF (a plain link: the browser downloads it). */
export const boardPackPdfUrl = (orgId: string, meeting: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/governance/board-pack.pdf?meeting=${encodeURIComponent(meeting)}`;

export const decisionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...governanceKey(orgId), 'decisions'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/governance/decisions', inOrg(orgId))),
  });

export const choicesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...governanceKey(orgId), 'choices'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/governance/choices', inOrg(orgId))),
  });

export const boardPackQuery = (orgId: string, meeting: string) =>
  queryOptions({
    queryKey: [...governanceKey(orgId), 'board-pack', meeting] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/governance/board-pack', { params: { path: { orgId }, query: { meeting } } })),
  });

export const governanceCalls = {
  createDecision: (orgId: string, body: DecisionInput) =>
    call(client.POST('/orgs/{orgId}/governance/decisions', { ...inOrg(orgId), body })),
  deleteDecision: (orgId: string, decisionId: string) =>
    call(client.DELETE('/orgs/{orgId}/governance/decisions/{decisionId}', { params: { path: { orgId, decisionId } } })),
  updateDecision: (orgId: string, decisionId: string, body: DecisionInput) =>
    call(
      client.PUT('/orgs/{orgId}/governance/decisions/{decisionId}', { params: { path: { orgId, decisionId } }, body }),
    ),
};
