import { lazyPage, PageView } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { complaintsQuery } from './api.ts';

/** /o/:orgId/complaints… — the register (figures, deadlines, public link) and one complaint. */
export const complaintsPages = {
  complaints: lazyPage(
    () => import('./pages/ComplaintListPage.tsx'),
    'ComplaintListPage',
    ({ orgId }) => [complaintsQuery(orgId)],
  ),
  'complaints/:complaintId': lazyPage(() => import('./pages/ComplaintPage.tsx'), 'ComplaintPage'),
};

const PublicComplaintPage = lazyPage(() => import('./pages/PublicComplaintPage.tsx'), 'PublicComplaintPage');

/** /klacht/:token — the anonymous form, outside the app shell. */
export function PublicComplaintRoute() {
  return (
    <PageSuspense>
      <PageView page={PublicComplaintPage} />
    </PageSuspense>
  );
}
