/**
 * What every command shares: reading its options (a missing or malformed one is a validation error
 * naming the option), reading the file an option names, and the audit entry of a command.
 */
import { readFileSync, statSync } from 'node:fs';
import { type AuditEvent, recordAudit } from '../modules/audit/queries.ts';
import type { Db } from '../server/db.ts';
import { AppError } from '../server/errors.ts';
import { checkFileSize } from '../lib/files/index.ts';
import { msg } from './messages.ts';

/** The parsed command line (`node:util` parseArgs values). */
export type Values = Record<string, string | boolean | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An option that may be left out. */
export const optional = (v: Values, key: string): string | undefined =>
  typeof v[key] === 'string' ? (v[key] as string) : undefined;

/** An option the command needs. */
export function required(v: Values, key: string): string {
  const value = optional(v, key);
  if (!value)
    throw new AppError('validation', msg('option_missing', { key }), { fields: [{ path: key, message: 'required' }] });
  return value;
}

/** An option that must be a record's id (a uuid). */
export function idOption(v: Values, key: string): string {
  const value = required(v, key);
  if (!UUID.test(value))
    throw new AppError('validation', msg('option_not_valid_id', { key }), { fields: [{ path: key, message: 'uuid' }] });
  return value;
}

/** Reads the file an option names, refusing one over the upload limit before reading it. */
export function readOptionFile(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', msg('file_not_found', { path }));
  }
  const tooLarge = checkFileSize(size);
  if (tooLarge) throw new AppError('payload_too_large', tooLarge);
  return new Uint8Array(readFileSync(path));
}

/** The audit entry of a command: no actor (the command line has no session), marked `via: 'cli'`. */
export function auditCommand(db: Db, event: Omit<AuditEvent, 'actor' | 'ip' | 'read'>) {
  return recordAudit(db, { ...event, actor: null, details: { ...event.details, via: 'cli' } });
}
