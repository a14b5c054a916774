/** What travels between the request thread and a file worker: tasks, and errors as plain data. */
import { AppError } from '../../server/errors.ts';
import { DomainError } from '../errors.ts';
import type { Message } from '../messages.ts';
import { CellErrors } from './xlsx.ts';

export interface TaskMessage {
  id: number;
  module: string;
  name: string;
  bytes: Uint8Array;
  args: unknown[];
}

export type TaskError =
  | { kind: 'domain'; code: string; messages: Message; details?: Record<string, unknown> | undefined }
  | { kind: 'cells'; errors: CellErrors['errors']; more: number }
  | { kind: 'app'; code: string; messages: { nl: string; en: string }; fields?: unknown; details?: unknown }
  | { kind: 'internal'; message: string };

/** An error thrown by a file task, as plain data (classes do not survive the thread boundary). */
export function describe(e: unknown): TaskError {
  if (e instanceof CellErrors) return { kind: 'cells', errors: e.errors, more: e.more };
  const app = e as { code?: unknown; messages?: { nl: string; en: string }; fields?: unknown; details?: unknown };
  if (e instanceof DomainError && !(e instanceof AppError)) {
    return { kind: 'domain', code: e.code, messages: { nl: e.nl, en: e.en }, details: e.details };
  }
  if (e instanceof Error && typeof app.code === 'string' && app.messages) {
    return { kind: 'app', code: app.code, messages: app.messages, fields: app.fields, details: app.details };
  }
  return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
