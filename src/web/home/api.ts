import { queryOptions } from '@tanstack/react-query';
import type { HomeAnswer } from '../../modules/home/schema.ts';
import { call, client } from '../api.ts';

export type { HomeAnswer };

/** Home, the boordtabel of the caller's role. */
export function homeQuery(orgId: string) {
  return queryOptions({
    queryKey: ['orgs', orgId, 'home'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/home', { params: { path: { orgId } } })),
  });
}
