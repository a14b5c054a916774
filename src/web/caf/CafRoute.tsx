import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The CAF pages are loaded on first use (the results bring the chart library along). */
const AssessmentsPage = lazy(() => import('./pages/AssessmentsPage.tsx').then((m) => ({ default: m.AssessmentsPage })));
const RoundPage = lazy(() => import('./pages/RoundPage.tsx').then((m) => ({ default: m.RoundPage })));
const ScoringPage = lazy(() => import('./pages/ScoringPage.tsx').then((m) => ({ default: m.ScoringPage })));
const ConsensusPage = lazy(() => import('./pages/ConsensusPage.tsx').then((m) => ({ default: m.ConsensusPage })));
const ResultsPage = lazy(() => import('./pages/ResultsPage.tsx').then((m) => ({ default: m.ResultsPage })));

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
