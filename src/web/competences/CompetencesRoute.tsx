import { lazyPage } from '../components/lazyPages.tsx';
import {
  catalogueQuery,
  expiringQuery,
  heatmapQuery,
  myCompetencesQuery,
  peopleQuery,
  personQuery,
  profilesQuery,
} from './api.ts';

/** /o/:orgId/competences… — the team map, the people, one person, the catalogue and "my competences". */
export const competencesPages = {
  competences: lazyPage(
    () => import('./pages/HeatmapPage.tsx'),
    'HeatmapPage',
    ({ orgId }) => [heatmapQuery(orgId, null), expiringQuery(orgId)],
  ),
  'competences/people': lazyPage(
    () => import('./pages/PeoplePage.tsx'),
    'PeoplePage',
    ({ orgId }) => [peopleQuery(orgId)],
  ),
  'competences/people/:employeeId': lazyPage(
    () => import('./pages/PersonPage.tsx'),
    'PersonPage',
    ({ orgId, employeeId = '' }) => [personQuery(orgId, employeeId)],
  ),
  'competences/catalogue': lazyPage(
    () => import('./pages/CataloguePage.tsx'),
    'CataloguePage',
    ({ orgId }) => [catalogueQuery(orgId), profilesQuery(orgId)],
  ),
  'competences/me': lazyPage(
    () => import('./pages/MyCompetencesPage.tsx'),
    'MyCompetencesPage',
    ({ orgId }) => [myCompetencesQuery(orgId)],
  ),
};
