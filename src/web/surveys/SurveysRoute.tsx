import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The survey pages are loaded on first use (the results bring the chart library along). */
const SurveyListPage = lazy(() => import('./pages/SurveyListPage.tsx').then((m) => ({ default: m.SurveyListPage })));
const SurveyPage = lazy(() => import('./pages/SurveyPage.tsx').then((m) => ({ default: m.SurveyPage })));
const ResultsPage = lazy(() => import('./pages/ResultsPage.tsx').then((m) => ({ default: m.ResultsPage })));

/** The survey management pages under /o/:orgId/surveys/*. */
export function SurveysRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<SurveyListPage />} />
        <Route path=":surveyId" element={<SurveyPage />} />
        <Route path=":surveyId/results" element={<ResultsPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
