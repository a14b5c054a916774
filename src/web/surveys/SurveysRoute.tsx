import { LazyRoutes, lazyPage } from '../components/lazyPages.tsx';

/** The survey pages are loaded on first use (the results bring the chart library along). */
const routes = {
  '': lazyPage(() => import('./pages/SurveyListPage.tsx'), 'SurveyListPage'),
  ':surveyId': lazyPage(() => import('./pages/SurveyPage.tsx'), 'SurveyPage'),
  ':surveyId/results': lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage'),
};

/** The survey management pages under /o/:orgId/surveys/*. */
export function SurveysRoute() {
  return <LazyRoutes routes={routes} />;
}
