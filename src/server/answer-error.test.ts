/**
 * The one error handler: a logic error of a module (FinanceLogicError, ClientsLogicError), a file
 * limit and the data-folder lock reach a route as their 4xx with the message in the client's
 * language, never as 500.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { FileLimitError } from '../lib/files/limits.ts';
import { dayNumber } from '../modules/clients/logic/dates.ts';
import { costAt } from '../modules/finance/logic/simulator.ts';
import { answerError } from './answer-error.ts';
import { DataDirLocked } from './data-lock.ts';
import type { AppEnv } from './http.ts';

function app(thrower: () => unknown) {
  const a = new Hono<AppEnv>();
  a.use('*', async (c, next) => {
    c.set('lang', c.req.header('accept-language') === 'en' ? 'en' : 'nl');
    await next();
  });
  a.get('/x', () => {
    thrower();
    return new Response('not reached');
  });
  a.onError(answerError);
  return a;
}

async function answer(thrower: () => unknown, lang: 'nl' | 'en') {
  const res = await app(thrower).request('/x', { headers: { 'accept-language': lang } });
  return { status: res.status, body: (await res.json()) as { error: Record<string, unknown> } };
}

describe('answerError', () => {
  it.each([
    {
      error: 'FinanceLogicError',
      thrower: () => costAt([], -1),
      nl: {
        code: 'incomplete',
        message: 'Volume -1 kan niet: het moet nul of meer zijn.',
        details: { reason: 'invalid_volume' },
      },
      en: 'Volume -1 is not possible: it must be zero or more.',
    },
    {
      error: 'ClientsLogicError',
      thrower: () => dayNumber('2026-13-45'),
      nl: {
        code: 'incomplete',
        message: '"2026-13-45" is geen datum (jjjj-mm-dd).',
        details: { reason: 'invalid_date' },
      },
      en: '"2026-13-45" is not a date (yyyy-mm-dd).',
    },
  ])('answers a $error thrown by pure logic with 422 and its message in nl and en', async ({ thrower, nl, en }) => {
    expect(await answer(thrower, 'nl')).toEqual({ status: 422, body: { error: nl } });
    const english = await answer(thrower, 'en');
    expect(english.status).toBe(422);
    expect(english.body.error.message).toBe(en);
  });

  it('answers a file limit with 400 on the field file, the limit in the details', async () => {
    const en = await answer(() => {
      throw new FileLimitError('rows');
    }, 'en');
    expect(en).toEqual({
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'The file exceeds the limit of 300,000 rows; nothing was read.',
          fields: [{ path: 'file', message: 'The file exceeds the limit of 300,000 rows; nothing was read.' }],
          details: { limit: 'rows', max: 300_000 },
        },
      },
    });
    const nl = await answer(() => {
      throw new FileLimitError('columns', { nl: 'lijn 3', en: 'line 3' });
    }, 'nl');
    expect(nl.body.error.message).toBe(
      'Het bestand overschrijdt de grens van 200 kolommen per rij (lijn 3); er is niets gelezen.',
    );
  });

  it('answers the data-folder lock with 409, never 500', async () => {
    const holder = { pid: 42, role: 'cli import', startedAt: '2026-12-01T10:00:00Z' };
    const { status, body } = await answer(() => {
      throw new DataDirLocked('/data', holder);
    }, 'en');
    expect(status).toBe(409);
    expect(body.error.message).toBe(
      'The data folder /data is in use by "stuurboord import", process 42, since 2026-12-01T10:00:00Z. Only one process at a time may open a data folder: stop that process first.',
    );
  });

  it('still answers anything else with 500 internal', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const { status, body } = await answer(() => {
        throw new Error('boom');
      }, 'en');
      expect(status).toBe(500);
      expect(body.error).toEqual({ code: 'internal', message: 'Something went wrong on the server.' });
    } finally {
      console.error = original;
    }
  });
});
