/**
 * Routes of the Stuurboord web UI. The accessible names the browser tests rely on are documented
 * with the page objects in e2e/pages/ (login, shell, members, table, dates, modules).
 */
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { OrgGate } from './components/OrgGate.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ResetPage } from './pages/ResetPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { StartPage } from './pages/StartPage.tsx';
import { FinanceRoute } from './finance/FinanceRoute.tsx';
import { ClientsRoute } from './clients/ClientsRoute.tsx';
import { PerformanceRoute } from './performance/PerformanceRoute.tsx';
import { CafRoute } from './caf/CafRoute.tsx';
import { PeopleRoute } from './people/PeopleRoute.tsx';
import { SurveysRoute } from './surveys/SurveysRoute.tsx';
import { CompetencesRoute } from './competences/CompetencesRoute.tsx';
import { StrategyRoute } from './strategy/StrategyRoute.tsx';
import { GovernanceRoute } from './governance/GovernanceRoute.tsx';
import { PartnershipsRoute } from './partnerships/PartnershipsRoute.tsx';
import { HandbookRoute } from './handbook/HandbookRoute.tsx';
import { SocialEconomyRoute } from './social-economy/SocialEconomyRoute.tsx';
import { JobCarvingRoute } from './job-carving/JobCarvingRoute.tsx';
import { RespondentRoute } from './surveys/RespondentRoute.tsx';
import { ComplaintsRoute, PublicComplaintRoute } from './complaints/ComplaintsRoute.tsx';
import { GuidePage } from './guide/GuidePage.tsx';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/reset" element={<ResetPage />} />
        <Route path="/guide/:page?" element={<GuidePage />} />
        <Route path="/s/:token" element={<RespondentRoute />} />
        <Route path="/klacht/:token" element={<PublicComplaintRoute />} />
        <Route element={<AppLayout />}>
          <Route index element={<StartPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/o/:orgId" element={<OrgGate />}>
            <Route index element={<HomePage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="finance" element={<FinanceRoute page="overview" />} />
            <Route path="finance/ledger" element={<FinanceRoute page="ledger" />} />
            <Route path="finance/accounts" element={<FinanceRoute page="accounts" />} />
            <Route path="finance/model" element={<FinanceRoute page="model" />} />
            <Route path="finance/costprice" element={<FinanceRoute page="costprice" />} />
            <Route path="finance/simulator" element={<FinanceRoute page="simulator" />} />
            <Route path="clients" element={<ClientsRoute page="list" />} />
            <Route path="clients/consumption" element={<ClientsRoute page="consumption" />} />
            <Route path="clients/statements" element={<ClientsRoute page="statements" />} />
            <Route path="clients/forecast" element={<ClientsRoute page="forecast" />} />
            <Route path="clients/waiting-list" element={<ClientsRoute page="waiting" />} />
            <Route path="clients/offer" element={<ClientsRoute page="offer" />} />
            <Route path="clients/rules" element={<ClientsRoute page="rules" />} />
            <Route path="clients/:clientId" element={<ClientsRoute page="client" />} />
            <Route path="registrations" element={<ClientsRoute page="registrations" />} />
            <Route path="cockpit" element={<PerformanceRoute page="cockpit" />} />
            <Route path="kpis" element={<PerformanceRoute page="kpis" />} />
            <Route path="kpis/:kpiId" element={<PerformanceRoute page="kpi" />} />
            <Route path="kpi-values" element={<PerformanceRoute page="values" />} />
            <Route path="board" element={<PerformanceRoute page="board" />} />
            <Route path="strategy" element={<PerformanceRoute page="strategy" />} />
            <Route path="actions" element={<PerformanceRoute page="actions" />} />
            <Route path="actions/:actionId" element={<PerformanceRoute page="action" />} />
            <Route path="caf/*" element={<CafRoute />} />
            <Route path="surveys/*" element={<SurveysRoute />} />
            <Route path="complaints/*" element={<ComplaintsRoute />} />
            <Route path="people/employees" element={<PeopleRoute page="employees" />} />
            <Route path="people/employees/:employeeId" element={<PeopleRoute page="employee" />} />
            <Route path="people/payroll-import" element={<PeopleRoute page="payroll" />} />
            <Route path="people/grid" element={<PeopleRoute page="grid" />} />
            <Route path="people/volunteers" element={<PeopleRoute page="volunteers" />} />
            <Route path="people/sociale-balans" element={<PeopleRoute page="balans" />} />
            <Route path="people/hr-figures" element={<PeopleRoute page="hr" />} />
            <Route path="competences/*" element={<CompetencesRoute />} />
            <Route path="strategie/*" element={<StrategyRoute />} />
            <Route path="partnerships/*" element={<PartnershipsRoute />} />
            <Route path="governance/*" element={<GovernanceRoute />} />
            <Route path="handbook/*" element={<HandbookRoute />} />
            <Route path="social-economy/*" element={<SocialEconomyRoute />} />
            <Route path="job-carving" element={<JobCarvingRoute />} />
            <Route path="*" element={<NotFoundPage inShell />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BrowserRouter>
  );
}
