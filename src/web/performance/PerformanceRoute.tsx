import { lazyPage } from '../components/lazyPages.tsx';
import { cockpitQuery, kpisQuery } from './kpi-api.ts';

/** The performance pages below /o/:orgId (they bring the chart library along). */
export const performancePages = {
  cockpit: lazyPage(
    () => import('./pages/CockpitPage.tsx'),
    'CockpitPage',
    ({ orgId }) => [cockpitQuery(orgId)],
  ),
  kpis: lazyPage(
    () => import('./pages/KpisPage.tsx'),
    'KpisPage',
    ({ orgId }) => [kpisQuery(orgId, false)],
  ),
  'kpis/:kpiId': lazyPage(() => import('./pages/KpiPage.tsx'), 'KpiPage'),
  'kpi-values': lazyPage(() => import('./pages/ValuesPage.tsx'), 'ValuesPage'),
  board: lazyPage(() => import('./pages/BoardPage.tsx'), 'BoardPage'),
  strategy: lazyPage(() => import('./pages/StrategyPage.tsx'), 'StrategyPage'),
  actions: lazyPage(() => import('./pages/ActionsPage.tsx'), 'ActionsPage'),
  'actions/:actionId': lazyPage(() => import('./pages/ActionPage.tsx'), 'ActionPage'),
};
