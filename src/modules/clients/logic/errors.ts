/**
 * The shape of every error a user of the clients module can see: a stable code plus Dutch and
 * English text (the same shape as the finance module's errors).
 */

import { DomainError } from '../../../lib/errors.ts';
import type { Message } from '../../../lib/messages.ts';

export type { Message };

/** Money in integer euro cents. Always an integer; never a float of euros. */
export type Cents = number;

/** A user-facing error with a stable code. */
export interface ClientsError extends Message {
  code: string;
}

/** Result of parsing one value: the value, or the reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ClientsError };

/**
 * Thrown for misuse that the boundary (zod, the UI) should have prevented, such as an invalid date
 * or a rule table without a row for a date: a {@link DomainError} with its message from the clients catalogue, so reaching a route it
 * answers 422 with that message (server/errors.ts `toAppError`), never 500.
 */
export class ClientsLogicError extends DomainError {
  constructor(error: ClientsError) {
    super(error.code, { nl: error.nl, en: error.en });
  }
}

/** Builds a {@link ClientsError} from a code and a catalogue message (`msg(key, params)`). */
export function clientsError(code: string, message: Message): ClientsError {
  return { code, nl: message.nl, en: message.en };
}

/** Throws a {@link ClientsLogicError}. */
export function fail(code: string, message: Message): never {
  throw new ClientsLogicError(clientsError(code, message));
}
