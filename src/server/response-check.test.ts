import { createRoute, z } from '@hono/zod-openapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from './config.ts';
import { download, jsonResponse, noContent, router } from './http.ts';

const thing = z.object({ id: z.string(), amount: z.number(), note: z.string().optional() });

/** A throwaway router: one route per way of answering, checked when `check` is on. */
function throwaway(check: boolean) {
  const app = router();
  app.use('*', async (c, next) => {
    c.set('config', { ...readConfig({}), checkResponses: check });
    c.set('lang', 'en');
    await next();
  });
  const get = (path: string, responses: Parameters<typeof createRoute>[0]['responses']) =>
    createRoute({ method: 'get', path, responses });
  return app
    .openapi(get('/good', jsonResponse(thing)), (c) => c.json({ id: 'a', amount: 1 }, 200))
    .openapi(get('/extra-key', jsonResponse(thing)), (c) => c.json({ id: 'a', amount: 1, secret: 'x' } as never, 200))
    .openapi(get('/nested-extra', jsonResponse(z.object({ items: z.array(thing) }))), (c) =>
      c.json(
        {
          items: [
            { id: 'a', amount: 1 },
            { id: 'b', amount: 2, passwordHash: 'h' },
          ],
        } as never,
        200,
      ),
    )
    .openapi(get('/wrong-type', jsonResponse(thing)), (c) => c.json({ id: 'a', amount: '1' } as never, 200))
    .openapi(get('/any', jsonResponse(z.any())), (c) => c.json({ whatever: true }, 200))
    .openapi(get('/undeclared-status', noContent), (c) => c.json({ id: 'a' } as never, 200))
    .openapi(get('/none', noContent), (c) => c.body(null, 204))
    .openapi(get('/file', { 200: { description: 'CSV' } }), () => download('a;b\n', 'text/csv', 'x.csv'));
}

afterEach(() => vi.restoreAllMocks());

describe('the response contract check', () => {
  it('lets an answer through that its schema describes, and files, 204s and z.any()', async () => {
    const app = throwaway(true);
    for (const path of ['/good', '/any', '/none', '/file']) {
      expect((await app.request(path)).status, path).toBeLessThan(300);
    }
  });

  it('turns an undeclared key into a 500 naming the route and the key, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await throwaway(true).request('/extra-key');
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; details: { route: string; problem: string } } };
    expect(body.error.code).toBe('internal');
    expect(body.error.details.route).toBe('GET /extra-key');
    expect(body.error.details.problem).toMatch(/secret/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/Response contract broken by GET \/extra-key: .*secret/));
  });

  it('finds an undeclared key deep in a list, a wrong type, and JSON under an undeclared status', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = throwaway(true);
    const problem = async (path: string) => {
      const res = await app.request(path);
      expect(res.status, path).toBe(500);
      return ((await res.json()) as { error: { details: { problem: string } } }).error.details.problem;
    };
    expect(await problem('/nested-extra')).toMatch(/items\.1\.passwordHash/);
    expect(await problem('/wrong-type')).toMatch(/amount: .*number/);
    expect(await problem('/undeclared-status')).toMatch(/status 200 answers JSON but the route declares no JSON/);
  });

  it('is off unless the configuration turns it on (production)', async () => {
    expect(readConfig({}).checkResponses).toBe(false);
    expect(readConfig({ STUURBOORD_CHECK_RESPONSES: 'true' }).checkResponses).toBe(true);
    expect((await throwaway(false).request('/extra-key')).status).toBe(200);
  });
});
