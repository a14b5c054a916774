import { Route, Routes } from 'react-router';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

/** The partnership pages are loaded on first use. */
const AssessmentsPage = lazyPage(() => import('./pages/AssessmentsPage.tsx'), 'AssessmentsPage');
const AssessmentPage = lazyPage(() => import('./pages/AssessmentPage.tsx'), 'AssessmentPage');
const ProjectsPage = lazyPage(() => import('./pages/ProjectsPage.tsx'), 'ProjectsPage');

/** /o/:orgId/partnerships/* — the assessments, one assessment, and the innovation projects. */
export function PartnershipsRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<AssessmentsPage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path=":assessmentId" element={<AssessmentPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
