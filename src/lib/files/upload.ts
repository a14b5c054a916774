/** Uploads from multipart forms and the 400 that lists file errors. */
import { AppError } from '../../server/errors.ts';
import type { FileError, FileMessage } from './errors.ts';
import { FILE_LIMITS } from './limits.ts';
import { msg } from './messages.ts';

/** An uploaded file from a multipart form, checked for size before it is read. */
export async function uploadBytes(file: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(file instanceof File)) {
    throw new AppError('validation', msg('choose_file_upload'), {
      fields: [{ path: 'file', message: msg('missing') }],
    });
  }
  if (file.size > FILE_LIMITS.uploadBytes) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    throw new AppError(
      'payload_too_large',
      msg('file_mb_limit_mb', { size: mb(file.size), uploadBytes: mb(FILE_LIMITS.uploadBytes) }),
      { details: { limit: 'uploadBytes', max: FILE_LIMITS.uploadBytes } },
    );
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A 400 that lists every file error as `line N · column: reason` in the client's language. */
export function fileErrors(errors: readonly FileError[], more = 0, summary?: FileMessage): AppError {
  const fields = errors.map((e) => ({
    path: e.line > 0 ? `line ${e.line}${e.column ? ` · ${e.column}` : ''}` : e.column || 'file',
    message: { nl: e.nl, en: e.en },
  }));
  const count = errors.length + more;
  const head = summary ?? msg('file_errors', { count });
  return new AppError('validation', { nl: head.nl, en: head.en }, { fields });
}
