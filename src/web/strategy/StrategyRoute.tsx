import { LazyRoutes, lazyPage } from '../components/lazyPages.tsx';

/** The strategy pages are loaded on first use (the stakeholder matrix brings the chart library along). */
const routes = {
  '': lazyPage(() => import('./pages/SwotPage.tsx'), 'SwotPage'),
  stakeholders: lazyPage(() => import('./pages/StakeholdersPage.tsx'), 'StakeholdersPage'),
};

/** The strategy pages under /o/:orgId/strategie/*: the SWOT per year and the stakeholder register. */
export function StrategyRoute() {
  return <LazyRoutes routes={routes} />;
}
