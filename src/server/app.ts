import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from '../modules/audit/routes.ts';
import { LoginLimiter } from '../modules/auth/rate-limit.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { setupRoutes } from '../modules/auth/setup-routes.ts';
import * as finance from '../modules/finance/routes.ts';
import { memberRoutes } from '../modules/orgs/members-routes.ts';
import { referenceRoutes } from '../modules/orgs/reference-routes.ts';
import { orgRoutes } from '../modules/orgs/routes.ts';
import { sessionMiddleware } from './auth.ts';
import type { Config } from './config.ts';
import { csrfGuard } from './csrf.ts';
import type { Db } from './db.ts';
import { AppError, type Lang } from './errors.ts';
import { router, type AppEnv } from './http.ts';

/** The JSON API: every module's routes, mounted under `/api` by `createApp`. */
export function createApi(limiter = new LoginLimiter()) {
  const api = router();
  api.get('/health', (c) => c.json({ status: 'ok' }));
  const modules = [setupRoutes, authRoutes(limiter), referenceRoutes, orgRoutes, memberRoutes, auditRoutes, ...Object.values(finance)];
  for (const routes of modules) {
    api.route('/', routes);
  }
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Stuurboord API', version: '0.1.0', description: 'See docs/api.md for conventions.' },
    servers: [{ url: '/api' }],
  });
  return api;
}

function languageOf(header: string | undefined): Lang {
  return header?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Builds the whole web application: API, security middleware, and the built UI with SPA fallback. */
export function createApp(deps: { db: Db; config: Config; limiter?: LoginLimiter }) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', deps.db);
    c.set('config', deps.config);
    c.set('lang', languageOf(c.req.header('accept-language')));
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    c.set('ip', incoming?.socket?.remoteAddress ?? 'local');
    await next();
  });
  // API answers are JSON for our own UI: two cheap headers. The pages get the full set with a CSP.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });
  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], frameAncestors: ["'none'"], formAction: ["'self'"],
    },
  });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : pageHeaders(c, next)));
  // JSON requests are small; file uploads (…/import, …/preview) may be up to 50 MB.
  const tooLarge = () => { throw new AppError('payload_too_large', { nl: 'Het bestand is groter dan 50 MB.', en: 'The file is larger than 50 MB.' }); };
  const jsonLimit = bodyLimit({ maxSize: 1024 * 1024, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: 50 * 1024 * 1024 + 64 * 1024, onError: tooLarge });
  app.use('/api/*', (c, next) => (/\/(import|preview)$/.test(c.req.path) ? uploadLimit : jsonLimit)(c, next));
  app.use('/api/*', csrfGuard);
  app.use('/api/*', sessionMiddleware);
  app.route('/api', createApi(deps.limiter));
  app.all('/api/*', () => { throw AppError.notFound(); });
  mountWeb(app, deps.config.webDir);

  app.onError((err, c) => {
    const lang = c.get('lang') ?? 'nl';
    const error =
      err instanceof AppError ? err
      : err instanceof HTTPException && err.status === 400 ? new AppError('bad_json')
      : undefined;
    if (!error) {
      console.error(err);
      return c.json(new AppError('internal').body(lang), 500);
    }
    for (const [k, v] of Object.entries(error.headers ?? {})) c.header(k, v);
    return c.json(error.body(lang), error.status);
  });
  return app;
}

/** Serves the built UI from `webDir`; any other path gets index.html so the client router takes over. */
function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string): void {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text('The UI is not built: run `npm run build` (npm start does this).', 503));
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDir) }));
  app.get('/favicon.svg', serveStatic({ root: path.relative(process.cwd(), webDir) }));
  app.get('*', (c) => c.html(indexHtml));
}
