/**
 * The root of Stuurboord's one error family. A `DomainError` is what pure logic, the file layer and
 * the CLI throw: a stable code and a message in Dutch and English (from a catalogue, see
 * `messages.ts`), with optional machine-readable details, and nothing about HTTP. `AppError`
 * (`server/errors.ts`) is its subclass with an HTTP code; the server's one error handler turns any
 * other `DomainError` into an `AppError` by its code (`toAppError`), so none ever answers 500.
 */
import type { Message } from './messages.ts';

export class DomainError extends Error {
  readonly code: string;
  readonly messages: Message;
  /** Extra machine-readable facts for the client (a limit, a suggested order …). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, messages: Message, opts?: { details?: Record<string, unknown> | undefined }) {
    super(messages.en);
    this.name = new.target.name;
    this.code = code;
    this.messages = messages;
    this.details = opts?.details;
  }

  /** The Dutch message. */
  get nl(): string {
    return this.messages.nl;
  }

  /** The English message. */
  get en(): string {
    return this.messages.en;
  }
}
