import { LazyPage, lazyPage } from '../components/lazyPages.tsx';

/** The people pages are loaded on first use (the HR figures bring the chart library along). */
const pages = {
  employees: lazyPage(() => import('./pages/EmployeesPage.tsx'), 'EmployeesPage'),
  employee: lazyPage(() => import('./pages/EmployeePage.tsx'), 'EmployeePage'),
  payroll: lazyPage(() => import('./pages/PayrollImportPage.tsx'), 'PayrollImportPage'),
  grid: lazyPage(() => import('./pages/GridPage.tsx'), 'GridPage'),
  volunteers: lazyPage(() => import('./pages/VolunteersPage.tsx'), 'VolunteersPage'),
  balans: lazyPage(() => import('./pages/SocialeBalansPage.tsx'), 'SocialeBalansPage'),
  hr: lazyPage(() => import('./pages/HrFiguresPage.tsx'), 'HrFiguresPage'),
};

export type PeoplePageName = keyof typeof pages;

export function PeopleRoute({ page }: { page: PeoplePageName }) {
  return <LazyPage pages={pages} page={page} />;
}
