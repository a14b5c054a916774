/**
 * The shape of every error a user of the clients module can see: a stable code plus Dutch and
 * English text (the same shape as the finance module's errors).
 */

/** Money in integer euro cents. Always an integer; never a float of euros. */
export type Cents = number;

/** A user-facing message in both languages. */
export interface Message {
  nl: string;
  en: string;
}

/** A user-facing error with a stable code. */
export interface ClientsError extends Message {
  code: string;
}

/** Result of parsing one value: the value, or the reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ClientsError };

/**
 * Thrown for misuse that the boundary (zod, the UI) should have prevented, such as an invalid date
 * or a rule table without a row for a date; it still carries the bilingual message.
 */
export class ClientsLogicError extends Error implements ClientsError {
  readonly code: string;
  readonly nl: string;
  readonly en: string;

  constructor(error: ClientsError) {
    super(error.en);
    this.name = 'ClientsLogicError';
    this.code = error.code;
    this.nl = error.nl;
    this.en = error.en;
  }
}

/** Builds a {@link ClientsError}. */
export function clientsError(code: string, nl: string, en: string): ClientsError {
  return { code, nl, en };
}

/** Throws a {@link ClientsLogicError}. */
export function fail(code: string, nl: string, en: string): never {
  throw new ClientsLogicError({ code, nl, en });
}
