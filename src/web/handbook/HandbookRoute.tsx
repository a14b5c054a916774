import { Route, Routes } from 'react-router';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The handbook pages are loaded on first use (the document page brings the editor). */
const HandbookPage = lazyPage(() => import('./pages/HandbookPage.tsx'), 'HandbookPage');
const DocumentPage = lazyPage(() => import('./pages/DocumentPage.tsx'), 'DocumentPage');

/** /o/:orgId/handbook/* — the handbook and one document. */
export function HandbookRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<HandbookPage />} />
        <Route path=":documentId" element={<DocumentPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
