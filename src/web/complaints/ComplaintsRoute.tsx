import { Route, Routes } from 'react-router';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The complaint pages are loaded on first use. */
const ComplaintListPage = lazyPage(() => import('./pages/ComplaintListPage.tsx'), 'ComplaintListPage');
const ComplaintPage = lazyPage(() => import('./pages/ComplaintPage.tsx'), 'ComplaintPage');
export const PublicComplaintPage = lazyPage(() => import('./pages/PublicComplaintPage.tsx'), 'PublicComplaintPage');

/** /o/:orgId/complaints/* — the register (figures, deadlines, public link) and one complaint. */
export function ComplaintsRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<ComplaintListPage />} />
        <Route path=":complaintId" element={<ComplaintPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}

/** /klacht/:token — the anonymous form, outside the app shell. */
export function PublicComplaintRoute() {
  return (
    <PageSuspense>
      <PublicComplaintPage />
    </PageSuspense>
  );
}
