/** Strategy (SWOT, stakeholders): the typed calls and their shared query definitions. */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { stakeholderInput, swotInput, swotItemInput, swotStrategyInput } from '../../modules/strategy/schema.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';

export type {
  LinkChoices,
  Stakeholder,
  SwotDetail,
  SwotItem,
  SwotStrategy,
} from '../../modules/strategy/schema.ts';

export const strategyKey = (orgId: string) => [...orgKey(orgId), 'strategy-module'] as const;
/** After any change: every SWOT and stakeholder query of the organisation is read again. */
export const refreshStrategy = (orgId: string) => queryClient.invalidateQueries({ queryKey: strategyKey(orgId) });
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

export const linksQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...strategyKey(orgId), 'links'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/strategy/links', inOrg(orgId))),
  });
export const swotsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...strategyKey(orgId), 'swots'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/strategy/swots', inOrg(orgId))),
  });
export const swotQuery = (orgId: string, swotId: string) =>
  queryOptions({
    queryKey: [...strategyKey(orgId), 'swot', swotId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/strategy/swots/{swotId}', { params: { path: { orgId, swotId } } })),
  });
export const stakeholdersQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...strategyKey(orgId), 'stakeholders'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/strategy/stakeholders', inOrg(orgId))),
  });

type In<T extends z.ZodType> = z.input<T>;
/** The changes of the SWOT and stakeholder pages, each one typed call. */
export const strategyCalls = {
  createSwot: (orgId: string, body: In<typeof swotInput>) =>
    call(client.POST('/orgs/{orgId}/strategy/swots', { ...inOrg(orgId), body })),
  addItem: (orgId: string, swotId: string, body: In<typeof swotItemInput>) =>
    call(client.POST('/orgs/{orgId}/strategy/swots/{swotId}/items', { params: { path: { orgId, swotId } }, body })),
  updateItem: (orgId: string, swotItemId: string, body: In<typeof swotItemInput>) =>
    call(
      client.PUT('/orgs/{orgId}/strategy/swot-items/{swotItemId}', { params: { path: { orgId, swotItemId } }, body }),
    ),
  deleteItem: (orgId: string, swotItemId: string) =>
    call(client.DELETE('/orgs/{orgId}/strategy/swot-items/{swotItemId}', { params: { path: { orgId, swotItemId } } })),
  addStrategy: (orgId: string, swotId: string, body: In<typeof swotStrategyInput>) =>
    call(
      client.POST('/orgs/{orgId}/strategy/swots/{swotId}/strategies', { params: { path: { orgId, swotId } }, body }),
    ),
  updateStrategy: (orgId: string, swotStrategyId: string, body: In<typeof swotStrategyInput>) =>
    call(
      client.PUT('/orgs/{orgId}/strategy/swot-strategies/{swotStrategyId}', {
        params: { path: { orgId, swotStrategyId } },
        body,
      }),
    ),
  deleteStrategy: (orgId: string, swotStrategyId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/strategy/swot-strategies/{swotStrategyId}', {
        params: { path: { orgId, swotStrategyId } },
      }),
    ),
  createStakeholder: (orgId: string, body: In<typeof stakeholderInput>) =>
    call(client.POST('/orgs/{orgId}/strategy/stakeholders', { ...inOrg(orgId), body })),
  updateStakeholder: (orgId: string, stakeholderId: string, body: In<typeof stakeholderInput>) =>
    call(
      client.PUT('/orgs/{orgId}/strategy/stakeholders/{stakeholderId}', {
        params: { path: { orgId, stakeholderId } },
        body,
      }),
    ),
  deleteStakeholder: (orgId: string, stakeholderId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/strategy/stakeholders/{stakeholderId}', {
        params: { path: { orgId, stakeholderId } },
      }),
    ),
};
