import { lazy } from 'react';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The performance pages are loaded on first use (they bring the chart library along). */
const pages = {
  cockpit: lazy(() => import('./pages/CockpitPage.tsx').then((m) => ({ default: m.CockpitPage }))),
  kpis: lazy(() => import('./pages/KpisPage.tsx').then((m) => ({ default: m.KpisPage }))),
  kpi: lazy(() => import('./pages/KpiPage.tsx').then((m) => ({ default: m.KpiPage }))),
  values: lazy(() => import('./pages/ValuesPage.tsx').then((m) => ({ default: m.ValuesPage }))),
  board: lazy(() => import('./pages/BoardPage.tsx').then((m) => ({ default: m.BoardPage }))),
  strategy: lazy(() => import('./pages/StrategyPage.tsx').then((m) => ({ default: m.StrategyPage }))),
  actions: lazy(() => import('./pages/ActionsPage.tsx').then((m) => ({ default: m.ActionsPage }))),
  action: lazy(() => import('./pages/ActionPage.tsx').then((m) => ({ default: m.ActionPage }))),
};

export type PerformancePageName = keyof typeof pages;

export function PerformanceRoute({ page }: { page: PerformancePageName }) {
  const Page = pages[page];
  return (
    <PageSuspense>
      <Page />
    </PageSuspense>
  );
}
