/**
 * The shape of every error a user of the finance module can see: a stable code plus Dutch and
 * English text. File problems also name the line (1-based, the header is line 1) and the column
 * (the header as written in the file).
 */

import { DomainError } from '../../../lib/errors.ts';
import type { Message } from '../../../lib/messages.ts';

export type { Message };

/** Money in integer euro cents. Always an integer; never a float of euros. */
export type Cents = number;

/** A user-facing error with a stable code. */
export interface FinanceError extends Message {
  code: string;
}

/** A user-facing error about one place in an uploaded file. */
export interface FileError extends FinanceError {
  /** 1-based line in the file; the header is line 1; 0 when the problem is the whole file. */
  line: number;
  /** The column's header as written in the file ('' when the problem is not in one column). */
  column: string;
}

/**
 * Thrown for misuse that the UI should have prevented (e.g. more than three scenarios): a {@link DomainError} with its message from the finance catalogue, so reaching a route it
 * answers 422 with that message (server/errors.ts `toAppError`), never 500.
 */
export class FinanceLogicError extends DomainError {
  constructor(error: FinanceError) {
    super(error.code, { nl: error.nl, en: error.en });
  }
}

/** Builds a {@link FinanceError} from a code and a catalogue message (`msg(key, params)`). */
export function financeError(code: string, message: Message): FinanceError {
  return { code, nl: message.nl, en: message.en };
}
