import { lazy } from 'react';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The clients pages are loaded on first use (the forecast brings the chart library along). */
const pages = {
  list: lazy(() => import('./pages/ClientsPage.tsx').then((m) => ({ default: m.ClientsPage }))),
  client: lazy(() => import('./pages/ClientPage.tsx').then((m) => ({ default: m.ClientPage }))),
  registrations: lazy(() => import('./pages/RegistrationsPage.tsx').then((m) => ({ default: m.RegistrationsPage }))),
  consumption: lazy(() => import('./pages/ConsumptionPage.tsx').then((m) => ({ default: m.ConsumptionPage }))),
  statements: lazy(() => import('./pages/StatementsPage.tsx').then((m) => ({ default: m.StatementsPage }))),
  forecast: lazy(() => import('./pages/ForecastPage.tsx').then((m) => ({ default: m.ForecastPage }))),
  waiting: lazy(() => import('./pages/WaitingListPage.tsx').then((m) => ({ default: m.WaitingListPage }))),
  offer: lazy(() => import('./pages/OfferPage.tsx').then((m) => ({ default: m.OfferPage }))),
  rules: lazy(() => import('./pages/RulesPage.tsx').then((m) => ({ default: m.RulesPage }))),
};

export type ClientsPageName = keyof typeof pages;

export function ClientsRoute({ page }: { page: ClientsPageName }) {
  const Page = pages[page];
  return (
    <PageSuspense>
      <Page />
    </PageSuspense>
  );
}
