/**
 * Input every route refuses the same way, before its own validation: a NUL character anywhere
 * (the database cannot store it) → 400 naming the field; a date in year 0000 → 422 naming the
 * field; a body that is not JSON on a JSON route, or not a form on an upload route → 415; an
 * empty PATCH (nothing to change) → 400. Database data errors that still slip through (an
 * impossible date, a number out of range) become a 422 in app.ts, never a 500.
 */
import type { Context } from 'hono';
import { AppError, invalidField } from './errors.ts';
import type { AppEnv } from './http.ts';
import { msg } from './messages.ts';

/** Upload routes take multipart forms; every other route with a body takes JSON. */
export const UPLOAD_PATH = /\/(import|preview)$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const YEAR_ZERO = /^0000-\d\d-\d\d/;

const nul = (path: string) =>
  new AppError('validation', invalidField(path, msg('contains_nul_detail')).messages, {
    fields: [{ path, message: msg('contains_nul') }],
  });

const yearZero = (path: string) =>
  new AppError('out_of_range', msg('year_zero_detail', { path }), {
    fields: [{ path, message: msg('year_zero') }],
  });

const unsupported = (expected: string) =>
  new AppError('unsupported_media_type', msg('accepts_only', { expected }), { headers: { Accept: expected } });

function checkText(value: string, path: string): void {
  if (value.includes('\0')) throw nul(path);
  if (YEAR_ZERO.test(value)) throw yearZero(path);
}

/** Walks a parsed JSON value, naming the first bad string by its path (`lines.3.name`). */
function walk(value: unknown, path: string): void {
  if (typeof value === 'string') checkText(value, path || '(body)');
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walk(v, path ? `${path}.${i}` : String(i));
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (k.includes('\0')) throw nul(at);
      walk(v, at);
    }
  }
}

const ORG_PATH = /^\/api\/orgs\/([^/]+)(?:\/|$)/;

/**
 * False when the route will refuse the caller anyway: an organisation route for someone who is not
 * logged in or not a member answers 401/404 there, and must not reveal anything about input first.
 */
function reachesRoute(c: Context<AppEnv>): boolean {
  const org = ORG_PATH.exec(c.req.path)?.[1];
  if (org === undefined) return true;
  return c.var.user?.memberships.has(org) ?? false;
}

/**
 * Checks path, query and body of an API request after the session is known; reads the body once
 * (Hono caches it for the validators).
 */
export async function guardInput(c: Context<AppEnv>): Promise<void> {
  if (!reachesRoute(c)) return;
  const url = new URL(c.req.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new AppError('validation', msg('invalid_address'));
  }
  if (path.includes('\0')) throw nul('path');
  for (const [k, v] of url.searchParams) {
    if (k.includes('\0')) throw nul('query');
    checkText(v, k);
  }
  if (SAFE.has(c.req.method)) return;
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (UPLOAD_PATH.test(c.req.path)) {
    if (type !== 'multipart/form-data') throw unsupported('multipart/form-data');
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new AppError('validation', msg('unreadable_form'));
    }
    for (const [k, v] of form.entries()) {
      if (typeof v === 'string') checkText(v, k);
      else if (v.name.includes('\0')) throw nul(`${k}.name`);
    }
    return;
  }
  const isJson = type === 'application/json' || type.endsWith('+json');
  if (type && !isJson) throw unsupported('application/json');
  const text = await c.req.text();
  if (!text) return;
  if (!isJson) throw unsupported('application/json');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return; /* the route's validator answers bad_json */
  }
  walk(body, '');
  // An empty PATCH changes nothing; without a session the route answers 401 first.
  if (
    c.req.method === 'PATCH' &&
    c.var.user &&
    body &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    Object.keys(body).length === 0
  ) {
    throw invalidField('(body)', msg('empty_patch'));
  }
}
