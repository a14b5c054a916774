/**
 * Finance API helpers: paths under `/api/orgs/:orgId/finance` and shared query definitions. The
 * multipart upload with progress lives in ../upload.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api } from '../api.ts';
import i18n, { currentLocale } from '../i18n.ts';
import { orgKey } from '../queries.ts';
import { errorFromBody } from '../upload.ts';
import type { Account, CostModelDoc, CostPriceReport, KeyFigures, LedgerImport, Method, Scenario } from './types.ts';

export function financeBase(orgId: string): string {
  return `/api/orgs/${encodeURIComponent(orgId)}/finance`;
}

export const financeKey = (orgId: string) => [...orgKey(orgId), 'finance'] as const;

/** GET that keeps the full error object on failure (code and details). */
export async function getDetailed<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json', 'Accept-Language': currentLocale() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const text = await response.text();
  if (!response.ok) throw errorFromBody(response.status, response.statusText, text);
  return JSON.parse(text) as T;
}

export function accountsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'accounts'] as const,
    queryFn: () => api<{ items: Account[] }>('GET', `${financeBase(orgId)}/accounts`),
  });
}

export function importsQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'imports'] as const,
    queryFn: () => api<{ items: LedgerImport[] }>('GET', `${financeBase(orgId)}/ledger/imports`),
  });
}

export function mappingQuery(orgId: string) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'mapping'] as const,
    queryFn: () =>
      api<{ headers: Record<string, string>; accounts: Record<string, string> }>(
        'GET',
        `${financeBase(orgId)}/ledger/mapping`,
      ),
  });
}

export function modelQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'model', year] as const,
    queryFn: () => api<CostModelDoc>('GET', `${financeBase(orgId)}/model?year=${year}`),
  });
}

type Raw = Record<string, unknown>;

/**
 * The report as the pages read it. The server names the mix `incomeMix` and the organisation's cost
 * `totalCostCents`; docs/api-finance.md says `mix` and `costCents`: both are accepted.
 */
function normaliseReport(raw: Raw): CostPriceReport {
  const report = raw as unknown as CostPriceReport;
  const org = (raw.organisation ?? {}) as Raw;
  return {
    ...report,
    warnings: report.warnings ?? [],
    flows: report.flows ?? [],
    centres: report.centres ?? [],
    stepOrder: report.stepOrder ?? [],
    suggestedOrder: report.suggestedOrder ?? [],
    mutualCentres: report.mutualCentres ?? [],
    ignoredBackflows: report.ignoredBackflows ?? [],
    services: ((raw.services ?? []) as Raw[]).map((s) => ({
      ...(s as unknown as CostPriceReport['services'][number]),
      mix: (s.mix ?? s.incomeMix ?? null) as CostPriceReport['services'][number]['mix'],
    })),
    organisation: {
      costCents: (org.costCents ?? org.totalCostCents ?? raw.totalCostCents ?? 0) as number,
      incomeCents: (org.incomeCents ?? 0) as number,
      coverage: (org.coverage ?? null) as number | null,
      mix: (org.mix ?? org.incomeMix ?? null) as CostPriceReport['organisation']['mix'],
    },
  };
}

export function costPriceQuery(orgId: string, year: number, method: Method) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'costprice', year, method] as const,
    queryFn: async () =>
      normaliseReport(await getDetailed<Raw>(`${financeBase(orgId)}/costprice?year=${year}&method=${method}`)),
  });
}

/** True when the answer says there is no cost model (with main centres) for the year. */
export function isNoModel(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function keyFiguresQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'keyfigures', year] as const,
    queryFn: () => api<KeyFigures>('GET', `${financeBase(orgId)}/keyfigures?year=${year}`),
  });
}

export function scenariosQuery(orgId: string, year: number) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'scenarios', year] as const,
    queryFn: () => api<{ items: Scenario[] }>('GET', `${financeBase(orgId)}/scenarios?year=${year}`),
  });
}
