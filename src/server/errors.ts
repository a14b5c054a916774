import { z, type ZodError } from 'zod';
import { DomainError } from '../lib/errors.ts';
import type { Lang, Message } from '../lib/messages.ts';
import { msg } from './messages.ts';

export type { Lang, Message };

const STATUS = {
  validation: 400,
  bad_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  circular_allocation: 422,
  exceeds_budget: 422,
  rth_cap: 422,
  out_of_range: 422,
  incomplete: 422,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof STATUS;

export interface FieldError {
  path: string;
  /** Plain text, or Dutch and English: the answer carries the client's language. */
  message: string | Message;
}

/**
 * The error that answers HTTP: a {@link DomainError} whose code maps to an HTTP status, with the
 * fields at fault and headers. Its message comes from a catalogue (`msg(key, params)`); without
 * one, the code's default message.
 */
export class AppError extends DomainError {
  declare readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    messages?: Message,
    opts?: { fields?: FieldError[]; headers?: Record<string, string>; details?: Record<string, unknown> },
  ) {
    super(code, messages ?? msg(`code.${code}`), { details: opts?.details });
    this.fields = opts?.fields;
    this.headers = opts?.headers;
  }

  get status(): (typeof STATUS)[ErrorCode] {
    return STATUS[this.code];
  }

  /** The JSON body answered to the client, in its language. */
  body(lang: Lang) {
    const fields = this.fields?.map((f) => ({
      path: f.path,
      message: typeof f.message === 'string' ? f.message : f.message[lang],
    }));
    return {
      error: {
        code: this.code,
        message: this.messages[lang],
        ...(fields ? { fields } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }

  static notFound(): AppError {
    return new AppError('not_found');
  }
}

/** zod refinements that name a catalogue message instead of a text (`message: 'invalid_kbo'`). */
const FIELD_MESSAGES: Record<string, Message> = { invalid_kbo: msg('invalid_kbo') };

/** Turns a zod error into a 400 that names every wrong field. */
export function validationError(error: ZodError, lang: Lang = 'nl'): AppError {
  const fields = error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)].map(String).join('.') || '(body)';
    const known = FIELD_MESSAGES[issue.message];
    const message = known ? known[lang] : localMessage(issue, lang);
    return { path, message };
  });
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return new AppError('validation', msg('invalid_input', { summary }), { fields });
}

const LOCALES = { nl: z.locales.nl(), en: z.locales.en() };

/** zod's own message for an issue, in the client's language (the received value is not echoed). */
function localMessage(issue: ZodError['issues'][number], lang: Lang): string {
  const raw = LOCALES[lang].localeError?.(issue as never);
  const text = typeof raw === 'string' ? raw : (raw?.message ?? issue.message);
  return text.replace(/, (ontving|received) .*$/, '');
}

/** 400 (or `code`) for one wrong field: "Ongeldige invoer — path: reason", the field named. */
export function invalidField(path: string, reason: Message, code: ErrorCode = 'validation'): AppError {
  return new AppError(
    code,
    {
      nl: msg('invalid_field', { path, reason: reason.nl }).nl,
      en: msg('invalid_field', { path, reason: reason.en }).en,
    },
    { fields: [{ path, message: reason }] },
  );
}

/**
 * The one place a {@link DomainError} of logic, the file layer or a module gets its HTTP answer.
 * A code listed here answers as its `ErrorCode` (file problems name the field `file`); any other
 * domain code is input the boundary should have refused: 422 `incomplete`, the domain code in
 * `details.reason`. Never 500.
 */
const DOMAIN_ANSWERS: Record<string, { code: ErrorCode; field?: string; reason?: false }> = {
  file_limit: { code: 'validation', field: 'file', reason: false },
  unreadable_file: { code: 'validation', field: 'file', reason: false },
  data_dir_locked: { code: 'conflict' },
};

/** Any error as the AppError answered to the client, or undefined when it is not one of ours. */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (!(err instanceof DomainError)) return undefined;
  const answer = DOMAIN_ANSWERS[err.code] ?? { code: 'incomplete' };
  const details = answer.reason === false ? err.details : { ...err.details, reason: err.code };
  return new AppError(answer.code, err.messages, {
    ...(answer.field ? { fields: [{ path: answer.field, message: err.messages }] } : {}),
    ...(details ? { details } : {}),
  });
}
