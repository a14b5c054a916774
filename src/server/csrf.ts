import type { Context } from 'hono';
import { AppError } from './errors.ts';
import type { AppEnv } from './http.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for every state-changing request: a browser tells where a request comes from with
 * `Sec-Fetch-Site` and `Origin`; anything cross-site is refused. Clients that send neither (the
 * CLI, curl, tests) are not browsers and carry no ambient cookie risk.
 */
export function checkCsrf(c: Context<AppEnv>): void {
  if (SAFE.has(c.req.method)) return;
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('csrf');
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin && origin !== c.var.config.publicUrl) throw new AppError('csrf');
}
