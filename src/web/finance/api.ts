/**
 * Finance API helpers: the module's queries on the typed client, and uploads with progress typed by
 * the same OpenAPI paths (the multipart upload itself lives in ../upload.ts: fetch has no upload events).
 */
import { queryOptions } from '@tanstack/react-query';
import type { paths } from '../../lib/api-paths.ts';
import type { Method } from '../../modules/finance/schema.ts';
import { ApiError, call, client } from '../api.ts';
import { orgKey } from '../queries.ts';
import { upload } from '../upload.ts';

/** The address of a finance download (CSV, XLSX, PDF), for a link. */
export function financeBase(orgId: string): string {
  return `/api/orgs/${encodeURIComponent(orgId)}/finance`;
}

export const financeKey = (orgId: string) => [...orgKey(orgId), 'finance'] as const;

type UploadPath =
  | '/orgs/{orgId}/finance/accounts/import'
  | '/orgs/{orgId}/finance/ledger/preview'
  | '/orgs/{orgId}/finance/ledger/import'
  | '/orgs/{orgId}/finance/model/import';
type UploadAnswer<P extends UploadPath> = paths[P]['post']['responses'][200]['content']['application/json'];
type UploadFields<P extends UploadPath> = paths[P]['post']['requestBody']['content']['multipart/form-data'];

/**
 * POSTs an upload to a finance route as multipart form data, reporting progress (0…1); resolves with
 * the answer as the route declares it.
 */
export function uploadTo<P extends UploadPath>(
  path: P,
  orgId: string,
  fields: UploadFields<P>,
  onProgress?: (fraction: number) => void,
  query: { year?: number } = {},
): Promise<UploadAnswer<P>> {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) data.set(key, value instanceof Blob ? value : String(value));
  }
  const search = query.year === undefined ? '' : `?year=${query.year}`;
  const url = `/api${path.replace('{orgId}', encodeURIComponent(orgId))}${search}`;
  return upload<UploadAnswer<P>>(url, data, onProgress);
}

export function accountsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'accounts'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/finance/accounts', { params: { path: { orgId } } })),
  });
}

export function importsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'imports'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/finance/ledger/imports', { params: { path: { orgId } } })),
  });
}

export function mappingQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'mapping'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/finance/ledger/mapping', { params: { path: { orgId } } })),
  });
}

export function modelQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'model', year] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/finance/model', { params: { path: { orgId }, query: { year } } })),
  });
}

export function costPriceQuery(orgId: string, year: number, method: Method) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'costprice', year, method] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/finance/costprice', { params: { path: { orgId }, query: { year, method } } })),
  });
}

/** True when the answer says there is no cost model (with main centres) for the year. */
export function isNoModel(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function keyFiguresQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'keyfigures', year] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/finance/keyfigures', { params: { path: { orgId }, query: { year } } })),
  });
}

export function scenariosQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'scenarios', year] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/finance/scenarios', { params: { path: { orgId }, query: { year } } })),
  });
}
