import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/** The finance pages are loaded on first use: they bring the chart library along. */
const pages = {
  overview: lazy(() => import('./pages/FinanceOverviewPage.tsx').then((m) => ({ default: m.FinanceOverviewPage }))),
  ledger: lazy(() => import('./pages/LedgerPage.tsx').then((m) => ({ default: m.LedgerPage }))),
  accounts: lazy(() => import('./pages/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage }))),
  model: lazy(() => import('./pages/ModelPage.tsx').then((m) => ({ default: m.ModelPage }))),
  costprice: lazy(() => import('./pages/CostPricePage.tsx').then((m) => ({ default: m.CostPricePage }))),
  simulator: lazy(() => import('./pages/SimulatorPage.tsx').then((m) => ({ default: m.SimulatorPage }))),
};

export function FinanceRoute({ page }: { page: keyof typeof pages }) {
  const { t } = useTranslation();
  const Page = pages[page];
  return (
    <Suspense
      fallback={
        <Center py="xl" role="status">
          <Loader aria-label={t('app.loading')} />
        </Center>
      }
    >
      <Page />
    </Suspense>
  );
}
