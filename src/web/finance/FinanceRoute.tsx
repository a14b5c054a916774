import { LazyPage, lazyPage } from '../components/lazyPages.tsx';

/** The finance pages are loaded on first use: they bring the chart library along. */
const pages = {
  overview: lazyPage(() => import('./pages/FinanceOverviewPage.tsx'), 'FinanceOverviewPage'),
  ledger: lazyPage(() => import('./pages/LedgerPage.tsx'), 'LedgerPage'),
  accounts: lazyPage(() => import('./pages/AccountsPage.tsx'), 'AccountsPage'),
  model: lazyPage(() => import('./pages/ModelPage.tsx'), 'ModelPage'),
  costprice: lazyPage(() => import('./pages/CostPricePage.tsx'), 'CostPricePage'),
  simulator: lazyPage(() => import('./pages/SimulatorPage.tsx'), 'SimulatorPage'),
};

export function FinanceRoute({ page }: { page: keyof typeof pages }) {
  return <LazyPage pages={pages} page={page} />;
}
