import { lazyPage } from '../components/lazyPages.tsx';

/** /o/:orgId/finance… — the finance pages bring the chart library along. */
export const financePages = {
  finance: lazyPage(() => import('./pages/FinanceOverviewPage.tsx'), 'FinanceOverviewPage'),
  'finance/ledger': lazyPage(() => import('./pages/LedgerPage.tsx'), 'LedgerPage'),
  'finance/accounts': lazyPage(() => import('./pages/AccountsPage.tsx'), 'AccountsPage'),
  'finance/model': lazyPage(() => import('./pages/ModelPage.tsx'), 'ModelPage'),
  'finance/costprice': lazyPage(() => import('./pages/CostPricePage.tsx'), 'CostPricePage'),
  'finance/simulator': lazyPage(() => import('./pages/SimulatorPage.tsx'), 'SimulatorPage'),
};
