import { usePrefetchQuery } from '@tanstack/react-query';
import { Route, Routes } from 'react-router';
import { useOrg } from '../components/context.ts';
import { lazyPage } from '../components/lazyPages.tsx';
import { PageSuspense } from '../components/PageSuspense.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { expiringQuery, heatmapQuery } from './api.ts';

/** The competence pages are loaded on first use. */
const HeatmapPage = lazyPage(() => import('./pages/HeatmapPage.tsx'), 'HeatmapPage');
const PeoplePage = lazyPage(() => import('./pages/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./pages/PersonPage.tsx'), 'PersonPage');
const CataloguePage = lazyPage(() => import('./pages/CataloguePage.tsx'), 'CataloguePage');
const MyCompetencesPage = lazyPage(() => import('./pages/MyCompetencesPage.tsx'), 'MyCompetencesPage');

/** The heat map's data is asked for while its page's code loads, not after. */
function Heatmap() {
  const { membership } = useOrg();
  usePrefetchQuery(heatmapQuery(membership.orgId, null));
  usePrefetchQuery(expiringQuery(membership.orgId));
  return <HeatmapPage />;
}

/** /o/:orgId/competences/* — the team map, the people, one person, the catalogue and "my competences". */
export function CompetencesRoute() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<Heatmap />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:employeeId" element={<PersonPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="me" element={<MyCompetencesPage />} />
        <Route path="*" element={<NotFoundPage inShell />} />
      </Routes>
    </PageSuspense>
  );
}
