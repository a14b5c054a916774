import { LazyPage, lazyPage } from '../components/lazyPages.tsx';

/** The performance pages are loaded on first use (they bring the chart library along). */
const pages = {
  cockpit: lazyPage(() => import('./pages/CockpitPage.tsx'), 'CockpitPage'),
  kpis: lazyPage(() => import('./pages/KpisPage.tsx'), 'KpisPage'),
  kpi: lazyPage(() => import('./pages/KpiPage.tsx'), 'KpiPage'),
  values: lazyPage(() => import('./pages/ValuesPage.tsx'), 'ValuesPage'),
  board: lazyPage(() => import('./pages/BoardPage.tsx'), 'BoardPage'),
  strategy: lazyPage(() => import('./pages/StrategyPage.tsx'), 'StrategyPage'),
  actions: lazyPage(() => import('./pages/ActionsPage.tsx'), 'ActionsPage'),
  action: lazyPage(() => import('./pages/ActionPage.tsx'), 'ActionPage'),
};

export type PerformancePageName = keyof typeof pages;

export function PerformanceRoute({ page }: { page: keyof typeof pages }) {
  return <LazyPage pages={pages} page={page} />;
}
