import { isDeepStrictEqual } from 'node:util';
import type { RouteConfig } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { ZodType } from 'zod';
import { AppError } from './errors.ts';
import type { AppEnv } from './http.ts';

type ResponseEntry = { content?: Record<string, { schema?: unknown } | undefined> };

/** The JSON schema a route declares for `status`, `undefined` when it declares no JSON for it. */
function declaredSchema(route: RouteConfig, status: number): ZodType | undefined {
  const responses = route.responses as Record<string, ResponseEntry | undefined>;
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  const schema = entry?.content?.['application/json']?.schema;
  return schema && typeof (schema as ZodType).safeParse === 'function' ? (schema as ZodType) : undefined;
}

/** Why `body` is not what `schema` describes: zod's issues, or the keys the schema would drop. */
export function responseMismatch(schema: ZodType, body: unknown): string | undefined {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  // zod objects drop unknown keys, so an answer with an undeclared key parses but differs.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), body))
    return `the answer differs from its schema's parse (an undeclared key, or a value the schema changes): ${diff(parsed.data, body)}`;
  return undefined;
}

/** The first path where the parsed answer and the answer differ. */
function diff(parsed: unknown, body: unknown, path = ''): string {
  if (parsed && body && typeof parsed === 'object' && typeof body === 'object') {
    const keys = new Set([...Object.keys(parsed), ...Object.keys(body)]);
    for (const k of keys) {
      const a = (parsed as Record<string, unknown>)[k];
      const b = (body as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(a, b)) return diff(a, b, path ? `${path}.${k}` : k);
    }
  }
  return `${path || '(body)'} (schema gives ${JSON.stringify(parsed) ?? 'nothing'})`;
}

/**
 * The response contract check, added by `router()` to every route. When `config.checkResponses` is
 * on (the API tests), a successful JSON answer is parsed with the schema the route declares for its
 * status; an answer the schema does not describe — a wrong type, a missing or an undeclared key, an
 * undeclared status — becomes a 500 naming the route and the zod issues, so the test that caused it
 * fails. Errors (4xx/5xx), files and 204s are not checked; a `z.any()` schema passes anything.
 */
export function responseCheck(route: RouteConfig) {
  const name = `${route.method.toUpperCase()} ${route.path}`;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.config.checkResponses) return next();
    await next();
    const res = c.res;
    if (res.status >= 300 || !res.headers.get('content-type')?.startsWith('application/json')) return;
    const schema = declaredSchema(route, res.status);
    const problem = schema
      ? responseMismatch(schema, await res.clone().json())
      : `status ${res.status} answers JSON but the route declares no JSON response for it`;
    if (!problem) return;
    console.error(`Response contract broken by ${name}: ${problem}`);
    const error = new AppError('internal', undefined, { details: { route: name, problem } });
    c.res = undefined;
    c.res = c.json(error.body(c.var.lang), 500);
  });
}
