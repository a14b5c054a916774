/**
 * The loader pattern of the module pages: each page is its own chunk, and each may name the queries
 * its first render asks for. A module lists its pages by path below the organisation
 * (src/web/<module>/<Module>Route.tsx):
 *
 *   export const clientsPages = {
 *     clients: lazyPage(() => import('./pages/ClientsPage.tsx'), 'ClientsPage', ({ orgId }) => [clientsQuery(orgId)]),
 *     'clients/:clientId': lazyPage(() => import('./pages/ClientPage.tsx'), 'ClientPage'),
 *   };
 *
 * src/web/routes.ts gathers them into the route table that App renders and that `preloadRoute` reads:
 * at start-up and on every navigation the page's chunk and its data are asked for together, in
 * parallel with the session and the shell, instead of one after the other.
 */
import { type FetchQueryOptions, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, useState } from 'react';
import { useParams } from 'react-router';
import { PageSuspense } from './PageSuspense.tsx';

/** The route parameters of an organisation's page (`orgId` and the page's own, e.g. `clientId`). */
export type PageParams = { orgId: string } & Record<string, string | undefined>;

/** A query a page asks for on its first render, in the shape `queryOptions(…)` gives. */
// biome-ignore lint/suspicious/noExplicitAny: a list of queries of different data types
export type PageQuery = FetchQueryOptions<any, any, any, any>;

/** A page loaded on first use, with what it needs before it can show anything. */
export interface LazyPage {
  /** Starts loading the page's chunk (once; later calls answer the same promise). */
  load: () => Promise<ComponentType>;
  /** The page's component once its chunk has arrived. */
  loaded: () => ComponentType | undefined;
  /** The page as React.lazy: suspends until its chunk has arrived. */
  Lazy: ComponentType;
  /** The queries the page's first render asks for. */
  data: (params: PageParams) => PageQuery[];
}

/**
 * A page component exported by name from a module loaded on first use. `data` names the queries of
 * its first render, so that they are asked for together with its code.
 */
export function lazyPage<Module extends Record<Name, ComponentType>, Name extends keyof Module & string>(
  importModule: () => Promise<Module>,
  name: Name,
  data: (params: PageParams) => PageQuery[] = () => [],
): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const load = () => {
    loading ??= importModule().then((module) => {
      loaded = module[name];
      return loaded;
    });
    return loading;
  };
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return { load, loaded: () => loaded, Lazy, data };
}

/**
 * Renders a lazily loaded page (inside a Suspense boundary). A chunk that has already arrived
 * (preloaded) renders at once: no loader, no suspended commit. Chosen once per mount, so the page
 * keeps its state; give it a `key` per page.
 */
export function PageView({ page }: { page: LazyPage }) {
  const [Component] = useState<ComponentType>(() => page.loaded() ?? page.Lazy);
  return <Component />;
}

/**
 * Asks for a page's chunk and the data of its first render (what is cached and fresh stays); settles
 * when both are in or have failed (a failed chunk or query shows its error where the page renders).
 */
export function preloadPage(page: LazyPage, params: PageParams, queryClient: QueryClient): Promise<unknown> {
  return Promise.allSettled([page.load(), ...page.data(params).map((query) => queryClient.prefetchQuery(query))]);
}

/**
 * Route element of an organisation's page (one `key` per route): its chunk and data are asked for
 * together, then it renders.
 */
export function LazyRoutePage({ page }: { page: LazyPage }) {
  const params = useParams() as PageParams;
  const queryClient = useQueryClient();
  // During render, as TanStack's usePrefetchQuery does: the requests start before any child renders.
  void preloadPage(page, params, queryClient);
  return (
    <PageSuspense>
      <PageView page={page} />
    </PageSuspense>
  );
}
