/**
 * What a cold load of an organisation's module page (/o/:orgId/<page>) can fetch before the app asks:
 * the source of the page's chunk, and the API answers (GET, below /api) its first render asks for. The
 * server names them in that page's HTML as `<link rel="modulepreload">` and `<link rel="preload"
 * as="fetch">` (src/server/page-hints.ts), so they arrive while the start code still loads; the app's
 * own requests then take the preloaded answers. Keys and sources are those of the route table
 * (src/web/routes.ts, the modules' `…Pages`); `data` equals what the page's `lazyPage` data queries ask
 * for. src/web/routes-preload.test.ts fails when the two drift apart.
 */

/** A page's chunk (its source below src/web) and the API paths of its first data, with `{param}`s. */
export interface PagePreload {
  source: string;
  data?: readonly string[];
}

export const PAGE_PRELOADS: Record<string, PagePreload> = {
  caf: { source: 'caf/pages/AssessmentsPage.tsx', data: ['/orgs/{orgId}/caf/my-assessments'] },
  'caf/:assessmentId': { source: 'caf/pages/RoundPage.tsx' },
  'caf/:assessmentId/score': { source: 'caf/pages/ScoringPage.tsx' },
  'caf/:assessmentId/consensus': { source: 'caf/pages/ConsensusPage.tsx' },
  'caf/:assessmentId/results': { source: 'caf/pages/ResultsPage.tsx' },
  clients: { source: 'clients/pages/ClientsPage.tsx', data: ['/orgs/{orgId}/offer'] },
  'clients/consumption': { source: 'clients/pages/ConsumptionPage.tsx' },
  'clients/statements': { source: 'clients/pages/StatementsPage.tsx' },
  'clients/forecast': { source: 'clients/pages/ForecastPage.tsx' },
  'clients/waiting-list': { source: 'clients/pages/WaitingListPage.tsx' },
  'clients/offer': { source: 'clients/pages/OfferPage.tsx' },
  'clients/rules': { source: 'clients/pages/RulesPage.tsx' },
  'clients/:clientId': { source: 'clients/pages/ClientPage.tsx' },
  registrations: { source: 'clients/pages/RegistrationsPage.tsx' },
  competences: {
    source: 'competences/pages/HeatmapPage.tsx',
    data: ['/orgs/{orgId}/competences/heatmap', '/orgs/{orgId}/competences/expiring'],
  },
  'competences/people': { source: 'competences/pages/PeoplePage.tsx', data: ['/orgs/{orgId}/competences/people'] },
  'competences/people/:employeeId': {
    source: 'competences/pages/PersonPage.tsx',
    data: ['/orgs/{orgId}/competences/people/{employeeId}'],
  },
  'competences/catalogue': {
    source: 'competences/pages/CataloguePage.tsx',
    data: ['/orgs/{orgId}/competences/catalogue', '/orgs/{orgId}/competences/profiles'],
  },
  'competences/me': { source: 'competences/pages/MyCompetencesPage.tsx', data: ['/orgs/{orgId}/competences/me'] },
  complaints: { source: 'complaints/pages/ComplaintListPage.tsx', data: ['/orgs/{orgId}/complaints'] },
  'complaints/:complaintId': { source: 'complaints/pages/ComplaintPage.tsx' },
  finance: { source: 'finance/pages/FinanceOverviewPage.tsx' },
  'finance/ledger': { source: 'finance/pages/LedgerPage.tsx' },
  'finance/accounts': { source: 'finance/pages/AccountsPage.tsx' },
  'finance/model': { source: 'finance/pages/ModelPage.tsx' },
  'finance/costprice': { source: 'finance/pages/CostPricePage.tsx' },
  'finance/simulator': { source: 'finance/pages/SimulatorPage.tsx' },
  governance: {
    source: 'governance/pages/DecisionsPage.tsx',
    data: ['/orgs/{orgId}/governance/decisions', '/orgs/{orgId}/governance/choices'],
  },
  'governance/board-pack': { source: 'governance/pages/BoardPackPage.tsx' },
  handbook: { source: 'handbook/pages/HandbookPage.tsx', data: ['/orgs/{orgId}/handbook'] },
  'handbook/:documentId': { source: 'handbook/pages/DocumentPage.tsx' },
  'job-carving': { source: 'job-carving/pages/JobCarvingPage.tsx', data: ['/orgs/{orgId}/job-carving/designer'] },
  partnerships: { source: 'partnerships/pages/AssessmentsPage.tsx', data: ['/orgs/{orgId}/partnerships/assessments'] },
  'partnerships/projects': { source: 'partnerships/pages/ProjectsPage.tsx' },
  'partnerships/:assessmentId': { source: 'partnerships/pages/AssessmentPage.tsx' },
  'people/employees': { source: 'people/pages/EmployeesPage.tsx', data: ['/orgs/{orgId}/people/employees'] },
  'people/employees/:employeeId': { source: 'people/pages/EmployeePage.tsx' },
  'people/payroll-import': { source: 'people/pages/PayrollImportPage.tsx' },
  'people/grid': { source: 'people/pages/GridPage.tsx' },
  'people/volunteers': { source: 'people/pages/VolunteersPage.tsx' },
  'people/sociale-balans': { source: 'people/pages/SocialeBalansPage.tsx' },
  'people/hr-figures': { source: 'people/pages/HrFiguresPage.tsx' },
  cockpit: { source: 'performance/pages/CockpitPage.tsx', data: ['/orgs/{orgId}/cockpit'] },
  kpis: { source: 'performance/pages/KpisPage.tsx', data: ['/orgs/{orgId}/kpis'] },
  'kpis/:kpiId': { source: 'performance/pages/KpiPage.tsx' },
  'kpi-values': { source: 'performance/pages/ValuesPage.tsx' },
  board: { source: 'performance/pages/BoardPage.tsx' },
  strategy: { source: 'performance/pages/StrategyPage.tsx' },
  actions: { source: 'performance/pages/ActionsPage.tsx' },
  'actions/:actionId': { source: 'performance/pages/ActionPage.tsx' },
  'social-economy': {
    source: 'social-economy/pages/OverviewPage.tsx',
    data: ['/orgs/{orgId}/social-economy/overview'],
  },
  'social-economy/partners': { source: 'social-economy/pages/PartnersPage.tsx' },
  'social-economy/partners/:partnerId': { source: 'social-economy/pages/PartnerPage.tsx' },
  'social-economy/agreements': { source: 'social-economy/pages/AgreementsPage.tsx' },
  'social-economy/agreements/:agreementId': { source: 'social-economy/pages/AgreementPage.tsx' },
  'social-economy/workers': { source: 'social-economy/pages/WorkersPage.tsx' },
  'social-economy/workers/:workerId': { source: 'social-economy/pages/WorkerPage.tsx' },
  strategie: { source: 'strategy/pages/SwotPage.tsx', data: ['/orgs/{orgId}/strategy/swots'] },
  'strategie/stakeholders': { source: 'strategy/pages/StakeholdersPage.tsx' },
  surveys: { source: 'surveys/pages/SurveyListPage.tsx', data: ['/orgs/{orgId}/surveys'] },
  'surveys/:surveyId': { source: 'surveys/pages/SurveyPage.tsx' },
  'surveys/:surveyId/results': { source: 'surveys/pages/ResultsPage.tsx' },
};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The page at `pathname` (`/o/<orgId>/<page path>`) with its data paths filled in, or null. Only
 * identifiers (UUIDs) fill a parameter, so nothing else from the address reaches the HTML.
 */
export function pagePreloadAt(pathname: string): { source: string; data: string[] } | null {
  const [, o, orgId, ...rest] = pathname.replace(/\/$/, '').split('/');
  if (o !== 'o' || !orgId || !ID.test(orgId)) return null;
  for (const [pattern, page] of Object.entries(PAGE_PRELOADS)) {
    const parts = pattern.split('/');
    const params: Record<string, string> = { orgId };
    const fits =
      parts.length === rest.length &&
      parts.every((part, i) => {
        const segment = rest[i] ?? '';
        if (!part.startsWith(':')) return part === segment;
        params[part.slice(1)] = segment;
        return ID.test(segment);
      });
    if (fits) {
      const data = (page.data ?? []).map((path) => path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ''));
      return { source: page.source, data };
    }
  }
  return null;
}
