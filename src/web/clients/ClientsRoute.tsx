import { LazyPage, lazyPage } from '../components/lazyPages.tsx';

/** The clients pages are loaded on first use (the forecast brings the chart library along). */
const pages = {
  list: lazyPage(() => import('./pages/ClientsPage.tsx'), 'ClientsPage'),
  client: lazyPage(() => import('./pages/ClientPage.tsx'), 'ClientPage'),
  registrations: lazyPage(() => import('./pages/RegistrationsPage.tsx'), 'RegistrationsPage'),
  consumption: lazyPage(() => import('./pages/ConsumptionPage.tsx'), 'ConsumptionPage'),
  statements: lazyPage(() => import('./pages/StatementsPage.tsx'), 'StatementsPage'),
  forecast: lazyPage(() => import('./pages/ForecastPage.tsx'), 'ForecastPage'),
  waiting: lazyPage(() => import('./pages/WaitingListPage.tsx'), 'WaitingListPage'),
  offer: lazyPage(() => import('./pages/OfferPage.tsx'), 'OfferPage'),
  rules: lazyPage(() => import('./pages/RulesPage.tsx'), 'RulesPage'),
};

export type ClientsPageName = keyof typeof pages;

export function ClientsRoute({ page }: { page: keyof typeof pages }) {
  return <LazyPage pages={pages} page={page} />;
}
