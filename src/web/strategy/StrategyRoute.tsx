import { lazyPage } from '../components/lazyPages.tsx';
import { swotsQuery } from './api.ts';

/** /o/:orgId/strategie… — the SWOT per year and the stakeholder register (its matrix brings the charts along). */
export const strategyPages = {
  strategie: lazyPage(
    () => import('./pages/SwotPage.tsx'),
    'SwotPage',
    ({ orgId }) => [swotsQuery(orgId)],
  ),
  'strategie/stakeholders': lazyPage(() => import('./pages/StakeholdersPage.tsx'), 'StakeholdersPage'),
};
