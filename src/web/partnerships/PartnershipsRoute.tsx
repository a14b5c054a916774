import { lazyPage } from '../components/lazyPages.tsx';
import { assessmentsQuery } from './api.ts';

/** /o/:orgId/partnerships… — the assessments, one assessment, and the innovation projects. */
export const partnershipsPages = {
  partnerships: lazyPage(
    () => import('./pages/AssessmentsPage.tsx'),
    'AssessmentsPage',
    ({ orgId }) => [assessmentsQuery(orgId)],
  ),
  'partnerships/projects': lazyPage(() => import('./pages/ProjectsPage.tsx'), 'ProjectsPage'),
  'partnerships/:assessmentId': lazyPage(() => import('./pages/AssessmentPage.tsx'), 'AssessmentPage'),
};
