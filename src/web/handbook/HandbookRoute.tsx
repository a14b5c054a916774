import { lazyPage } from '../components/lazyPages.tsx';
import { handbookQuery } from './api.ts';

/** /o/:orgId/handbook… — the handbook and one document (the document page brings the editor). */
export const handbookPages = {
  handbook: lazyPage(
    () => import('./pages/HandbookPage.tsx'),
    'HandbookPage',
    ({ orgId }) => [handbookQuery(orgId)],
  ),
  'handbook/:documentId': lazyPage(() => import('./pages/DocumentPage.tsx'), 'DocumentPage'),
};
