import { lazyPage } from '../components/lazyPages.tsx';
import { employeesQuery } from './api.ts';

/** /o/:orgId/people/… (the HR figures bring the chart library along). */
export const peoplePages = {
  'people/employees': lazyPage(
    () => import('./pages/EmployeesPage.tsx'),
    'EmployeesPage',
    ({ orgId }) => [employeesQuery(orgId)],
  ),
  'people/employees/:employeeId': lazyPage(() => import('./pages/EmployeePage.tsx'), 'EmployeePage'),
  'people/payroll-import': lazyPage(() => import('./pages/PayrollImportPage.tsx'), 'PayrollImportPage'),
  'people/grid': lazyPage(() => import('./pages/GridPage.tsx'), 'GridPage'),
  'people/volunteers': lazyPage(() => import('./pages/VolunteersPage.tsx'), 'VolunteersPage'),
  'people/sociale-balans': lazyPage(() => import('./pages/SocialeBalansPage.tsx'), 'SocialeBalansPage'),
  'people/hr-figures': lazyPage(() => import('./pages/HrFiguresPage.tsx'), 'HrFiguresPage'),
};
