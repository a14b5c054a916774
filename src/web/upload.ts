/**
 * A multipart upload with progress (XMLHttpRequest, whose upload events fetch does not offer), and
 * the API error that keeps the server's whole `error` object. Shared by every module's imports.
 */
import { ApiError, type FieldError } from './api.ts';
import i18n, { currentLocale } from './i18n.ts';

/** Files above this size are refused before uploading (the server refuses them too). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** An API error that keeps the whole `error` object (e.g. the suggested order of a 422). */
export class DetailedApiError extends ApiError {
  override readonly details: Record<string, unknown>;
  constructor(status: number, code: string, message: string, fields: FieldError[], details: Record<string, unknown>) {
    super(status, code, message, fields);
    this.details = details;
  }
}

/** The API error of a failed answer, keeping the whole `error` object. */
export function errorFromBody(status: number, statusText: string, text: string): DetailedApiError {
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
  return new DetailedApiError(
    status,
    typeof error.code === 'string' ? error.code : `http_${status}`,
    message,
    fields,
    error,
  );
}

/**
 * POSTs a multipart form; `onProgress` gets the fraction of the body sent (0…1). Resolves with the
 * JSON answer, rejects with a DetailedApiError (status 0 when the server could not be reached).
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
    xhr.onerror = () => reject(new DetailedApiError(0, 'network', i18n.t('errors.network'), [], {}));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new DetailedApiError(xhr.status, 'invalid_json', i18n.t('common.error'), [], {}));
        }
      } else {
        reject(errorFromBody(xhr.status, xhr.statusText, xhr.responseText));
      }
    };
    xhr.send(form);
  });
}
