/** People register: the typed calls' shared query definitions and the payroll upload. */
import { queryOptions } from '@tanstack/react-query';
import type { paths } from '../../lib/api-paths.ts';
import { call, client, queryClient } from '../api.ts';
import { orgKey } from '../queries.ts';
import { upload } from '../upload.ts';

export const peopleKey = (orgId: string) => [...orgKey(orgId), 'people'] as const;
/** After any change: every people query of the organisation (register, balans, figures) is read again. */
export const refreshPeople = (orgId: string) => queryClient.invalidateQueries({ queryKey: peopleKey(orgId) });
export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
export const ofEmployee = (orgId: string, employeeId: string) => ({ params: { path: { orgId, employeeId } } });

export const employeesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...peopleKey(orgId), 'employees'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/people/employees', inOrg(orgId))),
  });

export const employeeQuery = (orgId: string, employeeId: string) =>
  queryOptions({
    queryKey: [...peopleKey(orgId), 'employee', employeeId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/people/employees/{employeeId}', ofEmployee(orgId, employeeId))),
  });

export const volunteersQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...peopleKey(orgId), 'volunteers'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/people/volunteers', inOrg(orgId))),
  });

type PayrollPath = '/orgs/{orgId}/people/payroll/preview' | '/orgs/{orgId}/people/payroll/import';
type PayrollAnswer<P extends PayrollPath> = paths[P]['post']['responses'][200]['content']['application/json'];

/** Sends a payroll export (with the chosen header mapping, if any) to the preview or the import. */
export function uploadPayroll<P extends PayrollPath>(
  path: P,
  orgId: string,
  file: File,
  mapping: Record<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<PayrollAnswer<P>> {
  const form = new FormData();
  form.set('file', file);
  if (Object.keys(mapping).length > 0) form.set('mapping', JSON.stringify(mapping));
  return upload<PayrollAnswer<P>>(`/api${path.replace('{orgId}', encodeURIComponent(orgId))}`, form, onProgress);
}

/** Saves a JSON answer as a file (the access request's export). */
export function saveJson(data: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
