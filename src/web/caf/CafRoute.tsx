import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The CAF pages are loaded on first use (the results bring the chart library along). */
const AssessmentsPage = lazyPage(() => import('./pages/AssessmentsPage.tsx'), 'AssessmentsPage');
const RoundPage = lazyPage(() => import('./pages/RoundPage.tsx'), 'RoundPage');
const ScoringPage = lazyPage(() => import('./pages/ScoringPage.tsx'), 'ScoringPage');
const ConsensusPage = lazyPage(() => import('./pages/ConsensusPage.tsx'), 'ConsensusPage');
const ResultsPage = lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage');

/** /o/:orgId/caf/* — the rounds, a round, scoring, consensus and results. */
export function CafRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<AssessmentsPage />} />
        <Route path=":assessmentId" element={<RoundPage />} />
        <Route path=":assessmentId/score" element={<ScoringPage />} />
        <Route path=":assessmentId/consensus" element={<ConsensusPage />} />
        <Route path=":assessmentId/results" element={<ResultsPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
