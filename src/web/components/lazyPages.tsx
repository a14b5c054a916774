/**
 * The loader pattern of the module routes (src/web/<module>/<Module>Route.tsx): each page is its
 * own chunk, loaded on first use, with the shared loader (PageSuspense) while it arrives.
 *
 *   const pages = {
 *     list: lazyPage(() => import('./pages/ClientsPage.tsx'), 'ClientsPage'),
 *     client: lazyPage(() => import('./pages/ClientPage.tsx'), 'ClientPage'),
 *   };
 *   export function ClientsRoute({ page }: { page: keyof typeof pages }) {   // <ClientsRoute page="list" />
 *     return <LazyPage pages={pages} page={page} />;
 *   }
 *
 * A module that routes below its own path (`/o/:orgId/caf/*`) lists its paths with LazyRoutes instead.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageSuspense } from './PageSuspense.tsx';

/** A page component exported by name from a module that is loaded on first render. */
export function lazyPage<Module extends Record<Name, ComponentType>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

/** Shows one of the lazily loaded pages, with the shared loader while its chunk arrives. */
export function LazyPage<Pages extends Record<string, LazyExoticComponent<ComponentType>>>({
  pages,
  page,
}: {
  pages: Pages;
  page: keyof Pages;
}) {
  const Page = pages[page] as LazyExoticComponent<ComponentType>;
  return (
    <PageSuspense>
      <Page />
    </PageSuspense>
  );
}

/**
 * The routes of a module below its own path, by path relative to it ('' is the module's start page),
 * each page lazily loaded; any other path is "not found" inside the shell.
 */
export function LazyRoutes({ routes }: { routes: Record<string, LazyExoticComponent<ComponentType>> }) {
  return (
    <PageSuspense>
      <Routes>
        {Object.entries(routes).map(([path, Page]) =>
          path ? <Route key={path} path={path} element={<Page />} /> : <Route key="" index element={<Page />} />,
        )}
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
