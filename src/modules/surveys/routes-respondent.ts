import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse, router } from '../../server/http.ts';
import { respondentErrors } from './errors.ts';
import { OpenLinkLimiter } from './rate-limit.ts';
import { respondentForm, submitResponse } from './respondent.ts';
import { LANGUAGES, submission } from './schema.ts';

/** Submissions through an open link, per survey and client address. */
export const openLinkLimiter = new OpenLinkLimiter();

const tokenParams = z.object({ token: z.string().min(1).max(200) });
const tags = ['surveys'];

/**
 * The respondent API: public, reached with a link's token and nothing else. It gives that one
 * survey's form and takes one response; it opens no session and reaches no organisation route.
 */
export const respondentRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/s/{token}',
      tags,
      summary: 'The form behind a respondent link (404 unknown, 410 used or closed)',
      request: { params: tokenParams, query: z.object({ lang: z.enum(LANGUAGES).optional() }) },
      responses: jsonResponse(z.any()),
    }),
    async (c) => c.json(await respondentForm(c.var.db, c.req.valid('param').token, c.req.valid('query').lang), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/s/{token}',
      tags,
      summary: 'Submit one response (single-use links once; open links rate-limited per address)',
      request: { params: tokenParams, ...jsonBody(submission) },
      responses: jsonResponse(z.any()),
    }),
    async (c) => {
      const { language, answers } = c.req.valid('json');
      await submitResponse(c.var.db, c.req.valid('param').token, language, answers, (a) => {
        if (a.kind !== 'open') return;
        const wait = openLinkLimiter.attempt(a.surveyId, c.var.ip);
        if (wait > 0) throw respondentErrors.rateLimited(wait, language);
      });
      return c.json({ ok: true }, 200);
    },
  );
