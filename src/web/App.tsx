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
import { RespondentRoute } from './surveys/RespondentRoute.tsx';
import { PublicComplaintRoute } from './complaints/ComplaintsRoute.tsx';
import { LazyRoutePage } from './components/lazyPages.tsx';
import { modulePages } from './routes.ts';
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
            {Object.entries(modulePages).map(([path, page]) => (
              <Route key={path} path={path} element={<LazyRoutePage key={path} page={page} />} />
            ))}
            <Route path="*" element={<NotFoundPage inShell />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BrowserRouter>
  );
}
