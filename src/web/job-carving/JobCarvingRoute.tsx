import { LazyPage, lazyPage } from '../components/lazyPages.tsx';

/** The job-carving page is loaded on first use. */
const pages = { designer: lazyPage(() => import('./pages/JobCarvingPage.tsx'), 'JobCarvingPage') };

/** /o/:orgId/job-carving — the task inventory, the designer, the comparison and the matching. */
export function JobCarvingRoute() {
  return <LazyPage pages={pages} page="designer" />;
}
