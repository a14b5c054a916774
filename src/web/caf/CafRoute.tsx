import { lazyPage } from '../components/lazyPages.tsx';
import { myAssessmentsQuery } from './api.ts';

/** /o/:orgId/caf… — the rounds, a round, scoring, consensus and results (the results bring the charts along). */
export const cafPages = {
  caf: lazyPage(
    () => import('./pages/AssessmentsPage.tsx'),
    'AssessmentsPage',
    ({ orgId }) => [myAssessmentsQuery(orgId)],
  ),
  'caf/:assessmentId': lazyPage(() => import('./pages/RoundPage.tsx'), 'RoundPage'),
  'caf/:assessmentId/score': lazyPage(() => import('./pages/ScoringPage.tsx'), 'ScoringPage'),
  'caf/:assessmentId/consensus': lazyPage(() => import('./pages/ConsensusPage.tsx'), 'ConsensusPage'),
  'caf/:assessmentId/results': lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage'),
};
