/**
 * The shape of every error a user of the finance module can see: a stable code plus Dutch and
 * English text. File problems also name the line (1-based, the header is line 1) and the column
 * (the header as written in the file).
 */

/** Money in integer euro cents. Always an integer; never a float of euros. */
export type Cents = number;

/** A user-facing message in both languages. */
export interface Message {
  nl: string;
  en: string;
}

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
 * Thrown for misuse that the UI should have prevented (e.g. more than three scenarios); it still
 * carries the bilingual message so it can be shown when it does slip through.
 */
export class FinanceLogicError extends Error implements FinanceError {
  readonly code: string;
  readonly nl: string;
  readonly en: string;

  constructor(error: FinanceError) {
    super(error.en);
    this.name = 'FinanceLogicError';
    this.code = error.code;
    this.nl = error.nl;
    this.en = error.en;
  }
}

/** Builds a {@link FinanceError}. */
export function financeError(code: string, nl: string, en: string): FinanceError {
  return { code, nl, en };
}
