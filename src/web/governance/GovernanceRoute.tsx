import { Route, Routes } from 'react-router';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The governance pages are loaded on first use. */
const DecisionsPage = lazyPage(() => import('./pages/DecisionsPage.tsx'), 'DecisionsPage');
const BoardPackPage = lazyPage(() => import('./pages/BoardPackPage.tsx'), 'BoardPackPage');

/** /o/:orgId/governance/* — the decision register and the board pack. */
export function GovernanceRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<DecisionsPage />} />
        <Route path="board-pack" element={<BoardPackPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
