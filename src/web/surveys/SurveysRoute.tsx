import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';

/** The survey pages are loaded on first use (the results bring the chart library along). */
const SurveyListPage = lazyPage(() => import('./pages/SurveyListPage.tsx'), 'SurveyListPage');
const SurveyPage = lazyPage(() => import('./pages/SurveyPage.tsx'), 'SurveyPage');
const ResultsPage = lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage');

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
