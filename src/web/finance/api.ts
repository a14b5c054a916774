/**
 * Finance API helpers: paths under `/api/orgs/:orgId/finance`, shared query definitions, and a
 * multipart upload with progress (XMLHttpRequest, whose upload events fetch does not offer).
 */
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, type FieldError } from '../api.ts';
import i18n, { currentLocale } from '../i18n.ts';
import { orgKey } from '../queries.ts';
import type {
  Account, CostModelDoc, CostPriceReport, KeyFigures, LedgerImport, Method, Scenario,
} from './types.ts';

/** Files above this size are refused before uploading (the server refuses them too). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** An API error that keeps the whole `error` object (e.g. the suggested order of a 422). */
export class FinanceApiError extends ApiError {
  override readonly details: Record<string, unknown>;
  constructor(status: number, code: string, message: string, fields: FieldError[], details: Record<string, unknown>) {
    super(status, code, message, fields);
    this.details = details;
  }
}

export function financeBase(orgId: string): string {
  return `/api/orgs/${encodeURIComponent(orgId)}/finance`;
}

export const financeKey = (orgId: string) => [...orgKey(orgId), 'finance'] as const;

function errorFromBody(status: number, statusText: string, text: string): FinanceApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: fall back to the status text.
  }
  const error = ((body as { error?: Record<string, unknown> } | null)?.error ?? {}) as Record<string, unknown>;
  const fields = Array.isArray(error.fields)
    ? (error.fields as unknown[]).flatMap((f) => {
        const field = f as { path?: unknown; message?: unknown };
        const path = Array.isArray(field.path) ? field.path.join('.') : field.path;
        return typeof path === 'string' && typeof field.message === 'string' ? [{ path, message: field.message }] : [];
      })
    : [];
  const message =
    typeof error.message === 'string'
      ? error.message
      : status === 413
        ? i18n.t('finance.upload.tooLarge')
        : statusText || i18n.t('common.error');
  return new FinanceApiError(status, typeof error.code === 'string' ? error.code : 'http_' + status, message, fields, error);
}

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

/**
 * POSTs a multipart form; `onProgress` gets the fraction of the body sent (0…1). Resolves with the
 * JSON answer, rejects with a FinanceApiError (status 0 when the server could not be reached).
 */
export function upload<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.total ? event.loaded / event.total : 1);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onerror = () => reject(new FinanceApiError(0, 'network', i18n.t('errors.network'), [], {}));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new FinanceApiError(xhr.status, 'invalid_json', i18n.t('common.error'), [], {}));
        }
      } else {
        reject(errorFromBody(xhr.status, xhr.statusText, xhr.responseText));
      }
    };
    xhr.send(form);
  });
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
      api<{ headers: Record<string, string>; accounts: Record<string, string> }>('GET', `${financeBase(orgId)}/ledger/mapping`),
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
      mix: ((s.mix ?? s.incomeMix) ?? null) as CostPriceReport['services'][number]['mix'],
    })),
    organisation: {
      costCents: (org.costCents ?? org.totalCostCents ?? raw.totalCostCents ?? 0) as number,
      incomeCents: (org.incomeCents ?? 0) as number,
      coverage: (org.coverage ?? null) as number | null,
      mix: ((org.mix ?? org.incomeMix) ?? null) as CostPriceReport['organisation']['mix'],
    },
  };
}

export function costPriceQuery(orgId: string, year: number, method: Method) {
  return queryOptions({
    queryKey: [...financeKey(orgId), 'costprice', year, method] as const,
    queryFn: async () => normaliseReport(await getDetailed<Raw>(`${financeBase(orgId)}/costprice?year=${year}&method=${method}`)),
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
