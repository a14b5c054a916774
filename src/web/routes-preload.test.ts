/**
 * The server names a page's chunk and first data in its HTML from src/lib/page-preloads.ts; the app
 * asks for them from its route table (src/web/routes.ts). This test keeps the two the same: every page
 * has an entry, its source is the file the page table imports, and its data paths are exactly the requests
 * the page's data queries make.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_PRELOADS, pagePreloadAt } from '../lib/page-preloads.ts';

// The route table imports the whole UI: give it the little of a browser it touches on import.
vi.stubGlobal('document', { documentElement: { lang: '' } });
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });
const NodeRequest = Request;
vi.stubGlobal(
  'Request',
  class extends NodeRequest {
    constructor(input: string, init?: RequestInit) {
      super(input.startsWith('/') ? `http://stuurboord.test${input}` : input, init);
    }
  },
);
const asked: string[] = [];
vi.stubGlobal('fetch', async (request: Request) => {
  const url = new URL(request.url);
  asked.push(`${request.method} ${url.pathname}${url.search}`);
  return Response.json({});
});

/** The page tables' `'path': lazyPage(() => import('./pages/X.tsx'), …)`, as path → source below src/web. */
function pageSources(): Record<string, string> {
  const tables = readdirSync('src/web', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('Route.tsx'));
  return Object.fromEntries(
    tables.flatMap((file) =>
      [
        ...readFileSync(`src/web/${file}`, 'utf8').matchAll(
          /^ {2}'?([\w/:-]+)'?: lazyPage\(\s*\(\) => import\('\.\/([^']+)'\)/gm,
        ),
      ].map((m) => [m[1]!, `${dirname(file)}/${m[2]}`]),
    ),
  );
}

const ORG = '0c2f3a4b-5d6e-4f70-8a91-b2c3d4e5f601';
const ID = '7d1e2f30-4a5b-4c6d-8e7f-90a1b2c3d4e5';

describe('page preloads', () => {
  it('name every page of the route table, with its chunk and exactly the data its first render asks for', async () => {
    const { modulePages } = await import('./routes.ts');
    expect(Object.keys(PAGE_PRELOADS).sort()).toEqual(Object.keys(modulePages).sort());
    expect(Object.fromEntries(Object.entries(PAGE_PRELOADS).map(([path, p]) => [path, p.source]))).toEqual(
      pageSources(),
    );
    for (const [path, page] of Object.entries(modulePages)) {
      const pathname = `/o/${ORG}/${path.replace(/:\w+/g, ID)}`;
      const preload = pagePreloadAt(pathname);
      expect(preload?.source, path).toBe(PAGE_PRELOADS[path]?.source);
      asked.length = 0;
      const params = { orgId: ORG, [path.split(':')[1] ?? 'none']: ID };
      for (const query of page.data(params as never)) {
        const run = query.queryFn as (context: unknown) => Promise<unknown>;
        await run({ queryKey: query.queryKey, signal: new AbortController().signal, meta: undefined });
      }
      expect(asked, path).toEqual(preload?.data.map((p) => `GET /api${p}`));
    }
  });

  it('fill parameters with identifiers only, so nothing else from the address reaches the HTML', () => {
    expect(pagePreloadAt(`/o/${ORG}/competences`)?.data).toEqual([
      `/orgs/${ORG}/competences/heatmap`,
      `/orgs/${ORG}/competences/expiring`,
    ]);
    expect(pagePreloadAt(`/o/${ORG}/competences/people/${ID}`)?.data).toEqual([
      `/orgs/${ORG}/competences/people/${ID}`,
    ]);
    expect(pagePreloadAt(`/o/${ORG}/competences/people/"><script>`)).toBeNull();
    expect(pagePreloadAt('/o/not-an-id/competences')).toBeNull();
    expect(pagePreloadAt(`/o/${ORG}/nowhere`)).toBeNull();
    expect(pagePreloadAt('/login')).toBeNull();
  });
});
