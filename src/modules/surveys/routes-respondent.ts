import { z } from 'zod';
import { publicRoute, routes } from '../../server/route.ts';
import { respondentErrors } from './errors.ts';
import { OpenLinkLimiter } from './rate-limit.ts';
import { respondentForm, submitResponse } from './respondent.ts';
import { LANGUAGES, respondentForm as form, submission, submitted } from './schema.ts';

/** Submissions through an open link, per survey and client address. */
export const openLinkLimiter = new OpenLinkLimiter();

const tokenParams = z.object({ token: z.string().min(1).max(200) });
const tags: [string] = ['surveys'];

/**
 * The respondent API: public, reached with a link's token and nothing else. It gives that one
 * survey's form and takes one response; it opens no session and reaches no organisation route.
 */
export const respondentRoutes = routes(
  publicRoute({
    method: 'get',
    path: '/s/{token}',
    tags,
    summary: 'The form behind a respondent link (404 unknown, 410 used or closed)',
    params: tokenParams,
    query: z.object({ lang: z.enum(LANGUAGES).optional() }),
    response: form,
    handler: async (c, { db, params, query }) => c.json(await respondentForm(db, params.token, query.lang), 200),
  }),
  publicRoute({
    method: 'post',
    path: '/s/{token}',
    tags,
    summary: 'Submit one response (single-use links once; open links rate-limited per address)',
    params: tokenParams,
    body: submission,
    response: submitted,
    handler: async (c, { db, params, body: { language, answers } }) => {
      await submitResponse(db, params.token, language, answers, (a) => {
        if (a.kind !== 'open') return;
        const wait = openLinkLimiter.attempt(a.surveyId, c.var.ip);
        if (wait > 0) throw respondentErrors.rateLimited(wait, language);
      });
      return c.json({ ok: true as const }, 200);
    },
  }),
);
