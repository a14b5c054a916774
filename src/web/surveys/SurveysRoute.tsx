import { lazyPage } from '../components/lazyPages.tsx';
import { surveysQuery } from './api.ts';

/** /o/:orgId/surveys… — the surveys, one survey and its results (they bring the chart library along). */
export const surveysPages = {
  surveys: lazyPage(
    () => import('./pages/SurveyListPage.tsx'),
    'SurveyListPage',
    ({ orgId }) => [surveysQuery(orgId)],
  ),
  'surveys/:surveyId': lazyPage(() => import('./pages/SurveyPage.tsx'), 'SurveyPage'),
  'surveys/:surveyId/results': lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage'),
};
