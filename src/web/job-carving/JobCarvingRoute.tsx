import { lazyPage } from '../components/lazyPages.tsx';
import { designerQuery } from './api.ts';

/** /o/:orgId/job-carving — the task inventory, the designer, the comparison and the matching. */
export const jobCarvingPages = {
  'job-carving': lazyPage(
    () => import('./pages/JobCarvingPage.tsx'),
    'JobCarvingPage',
    ({ orgId }) => [designerQuery(orgId)],
  ),
};
