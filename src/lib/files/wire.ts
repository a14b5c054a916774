/** What travels between the request thread and a file worker: tasks, and errors as plain data. */
import { FileLimitError, UnreadableFileError } from './limits.ts';
import { CellErrors } from './xlsx.ts';

export interface TaskMessage {
  id: number;
  module: string;
  name: string;
  bytes: Uint8Array;
  args: unknown[];
}

export type TaskError =
  | { kind: 'limit'; nl: string; en: string; limit: string; max: number }
  | { kind: 'unreadable'; nl: string; en: string }
  | { kind: 'cells'; errors: CellErrors['errors']; more: number }
  | { kind: 'app'; code: string; messages: { nl: string; en: string }; fields?: unknown; details?: unknown }
  | { kind: 'internal'; message: string };

/** An error thrown by a file task, as plain data (classes do not survive the thread boundary). */
export function describe(e: unknown): TaskError {
  if (e instanceof FileLimitError) return { kind: 'limit', nl: e.nl, en: e.en, limit: e.limit, max: e.max };
  if (e instanceof UnreadableFileError) return { kind: 'unreadable', nl: e.nl, en: e.en };
  if (e instanceof CellErrors) return { kind: 'cells', errors: e.errors, more: e.more };
  const app = e as { code?: unknown; messages?: { nl: string; en: string }; fields?: unknown; details?: unknown };
  if (e instanceof Error && typeof app.code === 'string' && app.messages) {
    return { kind: 'app', code: app.code, messages: app.messages, fields: app.fields, details: app.details };
  }
  return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
