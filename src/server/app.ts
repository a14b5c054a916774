import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from '../modules/audit/routes.ts';
import { LoginLimiter } from '../modules/auth/rate-limit.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { setupRoutes } from '../modules/auth/setup-routes.ts';
import * as caf from '../modules/caf/routes.ts';
import * as clients from '../modules/clients/routes.ts';
import * as competences from '../modules/competences/routes.ts';
import * as strategy from '../modules/strategy/routes.ts';
import * as handbook from '../modules/handbook/routes.ts';
import * as complaints from '../modules/complaints/routes.ts';
import * as socialEconomy from '../modules/social-economy/routes.ts';
import * as finance from '../modules/finance/routes.ts';
import { jobCarvingRoutes } from '../modules/job-carving/routes.ts';
import { homeRoutes } from '../modules/home/routes.ts';
import { invitationRoutes } from '../modules/orgs/invitation-routes.ts';
import { memberRoutes } from '../modules/orgs/members-routes.ts';
import { referenceRoutes } from '../modules/orgs/reference-routes.ts';
import { orgRoutes } from '../modules/orgs/routes.ts';
import * as governance from '../modules/governance/routes.ts';
import * as partnerships from '../modules/partnerships/routes.ts';
import * as people from '../modules/people/routes.ts';
import * as performance from '../modules/performance/routes.ts';
import * as surveys from '../modules/surveys/routes.ts';
import { SESSION_COOKIE, sessionMiddleware } from './auth.ts';
import { pageHints } from './page-hints.ts';
import type { Config } from './config.ts';
import { checkCsrf } from './csrf.ts';
import { guardInput, UPLOAD_PATH } from './input-guard.ts';
import type { Db } from './db.ts';
import { answerError } from './answer-error.ts';
import { AppError, type Lang } from './errors.ts';
import { router, type AppEnv } from './http.ts';
import { msg } from './messages.ts';

/** The JSON API: every module's routes, mounted under `/api` by `createApp`. */
export function createApi(limiter = new LoginLimiter()) {
  const api = router();
  api.get('/health', (c) => c.json({ status: 'ok' }));
  const modules = [
    setupRoutes,
    authRoutes(limiter),
    referenceRoutes,
    orgRoutes,
    memberRoutes,
    invitationRoutes,
    auditRoutes,
    homeRoutes,
    ...Object.values(finance),
    ...Object.values(clients),
    ...Object.values(performance),
    ...Object.values(caf),
    ...Object.values(surveys),
    ...Object.values(people),
    ...Object.values(competences),
    ...Object.values(strategy),
    ...Object.values(partnerships),
    ...Object.values(governance),
    ...Object.values(handbook),
    complaints.complaintRoutes,
    complaints.complaintSettingRoutes,
    complaints.complaintPublicRoutes,
    ...Object.values(socialEconomy),
    jobCarvingRoutes,
  ];
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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
  // One middleware for every API request (each layer costs on the hot path):
  // - two cheap headers, set before the handler runs (adding headers to a finished response makes
  //   @hono/node-server build a full web Response: measured a sixth of GET /api/health);
  // - a body limit only for requests with a body (reading `body` of a GET builds a full Request);
  //   JSON is small, file uploads (…/import, …/preview) may be 50 MB;
  // - the CSRF guard for state-changing requests, then the session.
  const tooLarge = () => {
    throw new AppError('payload_too_large', msg('upload_too_large'));
  };
  const jsonLimit = bodyLimit({ maxSize: 1024 * 1024, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: 50 * 1024 * 1024 + 64 * 1024, onError: tooLarge });
  app.use('/api/*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    // The input guard runs after the session, so a stranger still gets 401/404 before any 4xx on input.
    if (SAFE_METHODS.has(c.req.method)) {
      if (!c.req.url.includes('?') && !c.req.url.includes('%')) return sessionMiddleware(c, next);
      return sessionMiddleware(c, async () => {
        await guardInput(c);
        await next();
      });
    }
    checkCsrf(c);
    const limit = UPLOAD_PATH.test(c.req.path) ? uploadLimit : jsonLimit;
    return limit(c, async () => {
      await sessionMiddleware(c, async () => {
        await guardInput(c);
        await next();
      });
    });
  });
  app.route('/api', createApi(deps.limiter));
  app.all('/api/*', () => {
    throw AppError.notFound();
  });
  // Registered after the API, so it runs only for the pages: they get the full set with a CSP.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    }),
  );
  mountWeb(app, deps.config.webDir);

  app.onError(answerError);
  return app;
}

/** Serves the built UI from `webDir`; any other path gets index.html so the client router takes over. */
function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string): void {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text('The UI is not built: run `npm run build` (npm start does this).', 503));
    return;
  }
  const [head, rest] = readFileSync(indexFile, 'utf8').split('</title>') as [string, string];
  const hints = pageHints(webDir);
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDir) }));
  app.get('/favicon.svg', serveStatic({ root: path.relative(process.cwd(), webDir) }));
  // Each page names what it will ask for first (src/server/page-hints.ts), right after its title.
  app.get('*', (c) => c.html(`${head}</title>\n    ${hints(c.req.path, !!getCookie(c, SESSION_COOKIE))}${rest}`));
}
