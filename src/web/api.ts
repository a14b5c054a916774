/**
 * The HTTP client of the UI: JSON in and out, the session cookie, the interface language as
 * `Accept-Language`, and one error type built from the server's `{ error: { code, message, fields } }`.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import createClient from 'openapi-fetch';
import type { paths } from '../lib/api-paths.ts';
import type { Session } from '../modules/auth/schema.ts';
import i18n, { currentLocale } from './i18n.ts';

export interface FieldError {
  path: string;
  message: string;
}

/** An answer of the API that was not a success, or a failure to reach it (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** The answer's machine-readable `details` (e.g. the numbers of a refused agreement), or `{}`. */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

function errorOf(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown; details?: unknown } } | null)
    ?.error;
  const fields = Array.isArray(error?.fields)
    ? (error.fields as unknown[]).flatMap((f) => {
        const field = f as { path?: unknown; message?: unknown };
        const path = Array.isArray(field.path) ? field.path.join('.') : field.path;
        return typeof path === 'string' && typeof field.message === 'string' ? [{ path, message: field.message }] : [];
      })
    : [];
  return new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    typeof error?.message === 'string' ? error.message : response.statusText || i18n.t('common.error'),
    fields,
    error?.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : {},
  );
}

/**
 * The typed client: paths, parameters, bodies and answers checked against the OpenAPI document
 * (`src/lib/api-paths.ts`, `npm run gen:api`). Wrap a call in `call(…)` to get its data or an ApiError:
 * `await call(client.GET('/orgs/{orgId}', { params: { path: { orgId } } }))`.
 */
export const client = createClient<paths>({
  baseUrl: '/api',
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
});
client.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale());
    return request;
  },
});

/** The data of a typed call (undefined for 204), or an ApiError (status 0 when the server was not reached). */
export async function call<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let answer: Awaited<typeof request>;
  try {
    answer = await request;
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!answer.response.ok) throw errorOf(answer.response, answer.error ?? null);
  return answer.data as D;
}

/** Server field errors by path (`organisation.name`), ready to hand to the inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.map((f) => [f.path, f.message]));
}

/** The message to show for any error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : i18n.t('common.error');
}

export const SESSION_KEY = ['session'] as const;

/**
 * A lost session (expired, logged out elsewhere) makes the session `null`; the logged-in layout
 * then sends the user to /login. Wrong credentials (`invalid_credentials`) do not count.
 */
function onError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && error.code !== 'invalid_credentials') {
    if (queryClient.getQueryData<Session | null>(SESSION_KEY)) queryClient.setQueryData(SESSION_KEY, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
    },
  },
});
