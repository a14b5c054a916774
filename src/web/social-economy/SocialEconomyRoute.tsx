import { lazyPage } from '../components/lazyPages.tsx';
import { overviewQuery } from './api.ts';

/** /o/:orgId/social-economy… — overview, partners, agreements, placed workers. */
export const socialEconomyPages = {
  'social-economy': lazyPage(
    () => import('./pages/OverviewPage.tsx'),
    'OverviewPage',
    ({ orgId }) => [overviewQuery(orgId)],
  ),
  'social-economy/partners': lazyPage(() => import('./pages/PartnersPage.tsx'), 'PartnersPage'),
  'social-economy/partners/:partnerId': lazyPage(() => import('./pages/PartnerPage.tsx'), 'PartnerPage'),
  'social-economy/agreements': lazyPage(() => import('./pages/AgreementsPage.tsx'), 'AgreementsPage'),
  'social-economy/agreements/:agreementId': lazyPage(() => import('./pages/AgreementPage.tsx'), 'AgreementPage'),
  'social-economy/workers': lazyPage(() => import('./pages/WorkersPage.tsx'), 'WorkersPage'),
  'social-economy/workers/:workerId': lazyPage(() => import('./pages/WorkerPage.tsx'), 'WorkerPage'),
};
