import { Route, Routes } from 'react-router';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The social-economy pages are loaded on first use. */
const OverviewPage = lazyPage(() => import('./pages/OverviewPage.tsx'), 'OverviewPage');
const PartnersPage = lazyPage(() => import('./pages/PartnersPage.tsx'), 'PartnersPage');
const PartnerPage = lazyPage(() => import('./pages/PartnerPage.tsx'), 'PartnerPage');
const AgreementsPage = lazyPage(() => import('./pages/AgreementsPage.tsx'), 'AgreementsPage');
const AgreementPage = lazyPage(() => import('./pages/AgreementPage.tsx'), 'AgreementPage');
const WorkersPage = lazyPage(() => import('./pages/WorkersPage.tsx'), 'WorkersPage');
const WorkerPage = lazyPage(() => import('./pages/WorkerPage.tsx'), 'WorkerPage');

/** /o/:orgId/social-economy/* — overview, partners, agreements, placed workers. */
export function SocialEconomyRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:partnerId" element={<PartnerPage />} />
        <Route path="agreements" element={<AgreementsPage />} />
        <Route path="agreements/:agreementId" element={<AgreementPage />} />
        <Route path="workers" element={<WorkersPage />} />
        <Route path="workers/:workerId" element={<WorkerPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
