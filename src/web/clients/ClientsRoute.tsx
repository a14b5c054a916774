import { lazyPage } from '../components/lazyPages.tsx';
import { offerQuery } from './api.ts';

/** /o/:orgId/clients… and registrations (the forecast brings the chart library along). */
export const clientsPages = {
  clients: lazyPage(
    () => import('./pages/ClientsPage.tsx'),
    'ClientsPage',
    ({ orgId }) => [offerQuery(orgId)],
  ),
  'clients/consumption': lazyPage(() => import('./pages/ConsumptionPage.tsx'), 'ConsumptionPage'),
  'clients/statements': lazyPage(() => import('./pages/StatementsPage.tsx'), 'StatementsPage'),
  'clients/forecast': lazyPage(() => import('./pages/ForecastPage.tsx'), 'ForecastPage'),
  'clients/waiting-list': lazyPage(() => import('./pages/WaitingListPage.tsx'), 'WaitingListPage'),
  'clients/offer': lazyPage(() => import('./pages/OfferPage.tsx'), 'OfferPage'),
  'clients/rules': lazyPage(() => import('./pages/RulesPage.tsx'), 'RulesPage'),
  'clients/:clientId': lazyPage(() => import('./pages/ClientPage.tsx'), 'ClientPage'),
  registrations: lazyPage(() => import('./pages/RegistrationsPage.tsx'), 'RegistrationsPage'),
};
