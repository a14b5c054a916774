import { lazyPage } from '../components/lazyPages.tsx';
import { choicesQuery, decisionsQuery } from './api.ts';

/** /o/:orgId/governance… — the decision register and the board pack. */
export const governancePages = {
  governance: lazyPage(
    () => import('./pages/DecisionsPage.tsx'),
    'DecisionsPage',
    ({ orgId }) => [decisionsQuery(orgId), choicesQuery(orgId)],
  ),
  'governance/board-pack': lazyPage(() => import('./pages/BoardPackPage.tsx'), 'BoardPackPage'),
};
