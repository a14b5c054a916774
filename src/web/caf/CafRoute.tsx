import { LazyRoutes, lazyPage } from '../components/lazyPages.tsx';

/** The CAF pages are loaded on first use (the results bring the chart library along). */
const routes = {
  '': lazyPage(() => import('./pages/AssessmentsPage.tsx'), 'AssessmentsPage'),
  ':assessmentId': lazyPage(() => import('./pages/RoundPage.tsx'), 'RoundPage'),
  ':assessmentId/score': lazyPage(() => import('./pages/ScoringPage.tsx'), 'ScoringPage'),
  ':assessmentId/consensus': lazyPage(() => import('./pages/ConsensusPage.tsx'), 'ConsensusPage'),
  ':assessmentId/results': lazyPage(() => import('./pages/ResultsPage.tsx'), 'ResultsPage'),
};

/** /o/:orgId/caf/* — the rounds, a round, scoring, consensus and results. */
export function CafRoute() {
  return <LazyRoutes routes={routes} />;
}
