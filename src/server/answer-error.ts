/** The one error handler of the web application (`app.onError`). */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, toAppError } from './errors.ts';
import type { AppEnv } from './http.ts';

/**
 * The one error handler: an AppError answers its status; any other DomainError (a logic error, a
 * file limit) is mapped by `toAppError`; a JSON body Hono cannot parse is `bad_json`; a database data
 * exception is 422. Anything else is logged and answers 500. The message is in the client's language.
 */
export function answerError(err: Error, c: Context<AppEnv>): Response {
  const lang = c.get('lang') ?? 'nl';
  const error =
    toAppError(err) ?? (err instanceof HTTPException && err.status === 400 ? new AppError('bad_json') : dataError(err));
  if (!error) {
    console.error(err);
    return c.json(new AppError('internal').body(lang), 500);
  }
  for (const [k, v] of Object.entries(error.headers ?? {})) c.header(k, v);
  return c.json(error.body(lang), error.status);
}

/**
 * A database "data exception" (SQLSTATE class 22: an impossible date, a number or text out of
 * range, a character the encoding cannot hold) is bad input that got past validation: 422, not 500.
 */
function dataError(err: unknown): AppError | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^22[0-9A-Z]{3}$/.test(code)) return undefined;
  return new AppError('out_of_range');
}
