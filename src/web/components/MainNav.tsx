import { NavLink, Stack } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../modules/orgs/policy.ts';
import { seesClients } from '../clients/access.ts';
import { canReadFinance } from '../finance/access.ts';
import { allows, type Membership } from '../session.ts';

interface Item {
  page: string;
  label: string;
  /** Without a permission the link is always shown (Home). */
  needs?: Action;
}

const FINANCE_PAGES = ['', 'ledger', 'accounts', 'model', 'costprice', 'simulator'] as const;
/** The clients group: path under /o/:orgId, label key under clients.nav, the action that shows it. */
const CLIENT_PAGES: { path: string; key: string; needs: Action }[] = [
  { path: 'clients', key: 'list', needs: 'clients.read' },
  { path: 'registrations', key: 'registrations', needs: 'registrations.write' },
  { path: 'clients/consumption', key: 'consumption', needs: 'clients.read' },
  { path: 'clients/statements', key: 'statements', needs: 'clients.income' },
  { path: 'clients/forecast', key: 'forecast', needs: 'clients.income' },
  { path: 'clients/waiting-list', key: 'waiting', needs: 'clients.read' },
  { path: 'clients/offer', key: 'offer', needs: 'clients.read' },
  { path: 'clients/rules', key: 'rules', needs: 'rules.manage' },
];

/** The performance and quality group: path under /o/:orgId, label key under quality.nav, any of the actions that show it. */
const QUALITY_PAGES: { path: string; key: string; needs: Action[] }[] = [
  { path: 'cockpit', key: 'cockpit', needs: ['performance.read'] },
  { path: 'kpis', key: 'kpis', needs: ['performance.read'] },
  { path: 'kpi-values', key: 'values', needs: ['performance.manage'] },
  { path: 'strategy', key: 'strategy', needs: ['performance.read'] },
  { path: 'actions', key: 'actions', needs: ['performance.read'] },
  { path: 'board', key: 'board', needs: ['performance.read'] },
  { path: 'caf', key: 'caf', needs: ['performance.read', 'caf.score'] },
  { path: 'surveys', key: 'surveys', needs: ['performance.read', 'surveys.manage'] },
  { path: 'handbook', key: 'handbook', needs: ['handbook.read'] },
  { path: 'complaints', key: 'complaints', needs: ['complaints.register', 'complaints.figures'] },
];
const QUALITY_PREFIXES = QUALITY_PAGES.map((p) => p.path);

/** The people group ("Mensen"): path under /o/:orgId, label key under people.nav, any of the actions that show it. */
const PEOPLE_PAGES: { path: string; key: string; needs: Action[] }[] = [
  { path: 'people/employees', key: 'employees', needs: ['people.read'] },
  { path: 'people/payroll-import', key: 'payroll', needs: ['people.manage'] },
  { path: 'people/grid', key: 'grid', needs: ['people.manage'] },
  { path: 'people/volunteers', key: 'volunteers', needs: ['people.read'] },
  { path: 'people/sociale-balans', key: 'balans', needs: ['people.figures'] },
  { path: 'people/hr-figures', key: 'hr', needs: ['people.figures'] },
];

/** The competences group: path under /o/:orgId/competences, label key under competences.nav, the action that shows it. */
const COMPETENCE_PAGES: { path: string; key: string; needs: Action }[] = [
  { path: '', key: 'heatmap', needs: 'competences.manage' },
  { path: 'people', key: 'people', needs: 'competences.manage' },
  { path: 'catalogue', key: 'catalogue', needs: 'competences.manage' },
  { path: 'me', key: 'me', needs: 'competences.self' },
];

/** The governance group ("Bestuur"): path under /o/:orgId, label key under governance.nav, the action that shows it. */
const GOVERNANCE_PAGES: { path: string; key: string; needs: Action }[] = [
  { path: 'partnerships', key: 'partnerships', needs: 'partnerships.read' },
  { path: 'partnerships/projects', key: 'projects', needs: 'partnerships.read' },
  { path: 'governance', key: 'decisions', needs: 'governance.read' },
  { path: 'governance/board-pack', key: 'boardPack', needs: 'governance.read' },
];

/** The strategy group ("Strategie"): path under /o/:orgId/strategie, label key under strategic.nav. */
const STRATEGY_PAGES: { path: string; key: string; needs: Action }[] = [
  { path: '', key: 'swot', needs: 'strategy.read' },
  { path: 'stakeholders', key: 'stakeholders', needs: 'strategy.read' },
];

/** The social-economy group: path under /o/:orgId/social-economy, label key under se.nav, the action that shows it. */
const SE_PAGES: { path: string; key: string; needs: Action }[] = [
  { path: '', key: 'overview', needs: 'socialeconomy.read' },
  { path: 'partners', key: 'partners', needs: 'socialeconomy.read' },
  { path: 'agreements', key: 'agreements', needs: 'socialeconomy.read' },
  { path: 'workers', key: 'workers', needs: 'socialeconomy.read' },
];

function Link_({
  to,
  label,
  active,
  onNavigate,
}: {
  to: string;
  label: string;
  active: boolean;
  onNavigate: () => void;
}) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    />
  );
}

/** The navigation of one organisation: only the links its role may see. */
export function MainNav({ membership, onNavigate }: { membership: Membership | undefined; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const base = membership ? `/o/${membership.orgId}` : '';
  const inFinance = Boolean(membership) && pathname.startsWith(`${base}/finance`);
  const [financeOpen, setFinanceOpen] = useState(inFinance);
  useEffect(() => {
    if (inFinance) setFinanceOpen(true);
  }, [inFinance]);
  const inClients =
    Boolean(membership) && (pathname.startsWith(`${base}/clients`) || pathname.startsWith(`${base}/registrations`));
  const [clientsOpen, setClientsOpen] = useState(inClients);
  useEffect(() => {
    if (inClients) setClientsOpen(true);
  }, [inClients]);
  const inQuality =
    Boolean(membership) &&
    QUALITY_PREFIXES.some((p) => pathname === `${base}/${p}` || pathname.startsWith(`${base}/${p}/`));
  const [qualityOpen, setQualityOpen] = useState(inQuality);
  useEffect(() => {
    if (inQuality) setQualityOpen(true);
  }, [inQuality]);
  const inPeople = Boolean(membership) && pathname.startsWith(`${base}/people/`);
  const [peopleOpen, setPeopleOpen] = useState(inPeople);
  useEffect(() => {
    if (inPeople) setPeopleOpen(true);
  }, [inPeople]);
  const inCompetences = Boolean(membership) && pathname.startsWith(`${base}/competences`);
  const [competencesOpen, setCompetencesOpen] = useState(inCompetences);
  useEffect(() => {
    if (inCompetences) setCompetencesOpen(true);
  }, [inCompetences]);
  const inGovernance =
    Boolean(membership) && (pathname.startsWith(`${base}/partnerships`) || pathname.startsWith(`${base}/governance`));
  const [governanceOpen, setGovernanceOpen] = useState(inGovernance);
  useEffect(() => {
    if (inGovernance) setGovernanceOpen(true);
  }, [inGovernance]);
  const inStrategy = Boolean(membership) && pathname.startsWith(`${base}/strategie`);
  const [strategyOpen, setStrategyOpen] = useState(inStrategy);
  useEffect(() => {
    if (inStrategy) setStrategyOpen(true);
  }, [inStrategy]);
  const inSe =
    Boolean(membership) &&
    (pathname.startsWith(`${base}/social-economy`) || pathname.startsWith(`${base}/job-carving`));
  const [seOpen, setSeOpen] = useState(inSe);
  useEffect(() => {
    if (inSe) setSeOpen(true);
  }, [inSe]);
  if (!membership) return null;
  const sePages = SE_PAGES.filter((p) => allows(membership, p.needs));
  const governancePages = GOVERNANCE_PAGES.filter((p) => allows(membership, p.needs));
  const peoplePages = PEOPLE_PAGES.filter((p) => p.needs.some((a) => allows(membership, a)));
  const competencePages = COMPETENCE_PAGES.filter((p) => allows(membership, p.needs));
  const strategyPages = STRATEGY_PAGES.filter((p) => allows(membership, p.needs));
  const qualityPages = QUALITY_PAGES.filter((p) => p.needs.some((a) => allows(membership, a)));
  const items: Item[] = [
    { page: '', label: t('nav.home') },
    { page: 'members', label: t('nav.members'), needs: 'members.read' },
    { page: 'settings', label: t('nav.settings'), needs: 'org.read' },
    { page: 'audit', label: t('nav.audit'), needs: 'audit.read' },
  ];
  // The finance pages share the chosen fiscal year through `?year=`.
  const year = inFinance ? new URLSearchParams(search).get('year') : null;
  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap={4}>
        {items
          .filter((item) => !item.needs || allows(membership, item.needs))
          .map((item) => {
            const to = item.page ? `${base}/${item.page}` : base;
            return (
              <Link_
                key={item.page || 'home'}
                to={to}
                label={item.label}
                active={pathname === to}
                onNavigate={onNavigate}
              />
            );
          })}
        {canReadFinance(membership) && (
          <NavGroup label={t('finance.nav.group')} opened={financeOpen} onChange={setFinanceOpen} inside={inFinance}>
            {FINANCE_PAGES.map((page) => {
              const path = `${base}/finance${page ? `/${page}` : ''}`;
              return (
                <Link_
                  key={page || 'overview'}
                  to={year ? `${path}?year=${year}` : path}
                  label={t(`finance.nav.${page || 'overview'}`)}
                  active={pathname === path}
                  onNavigate={onNavigate}
                />
              );
            })}
          </NavGroup>
        )}
        {seesClients(membership) && (
          <NavGroup label={t('clients.nav.group')} opened={clientsOpen} onChange={setClientsOpen} inside={inClients}>
            {CLIENT_PAGES.filter((p) => allows(membership, p.needs)).map((p) => (
              <Link_
                key={p.key}
                to={`${base}/${p.path}`}
                label={t(`clients.nav.${p.key}`)}
                active={pathname === `${base}/${p.path}`}
                onNavigate={onNavigate}
              />
            ))}
          </NavGroup>
        )}
        {peoplePages.length > 0 && (
          <NavGroup label={t('people.nav.group')} opened={peopleOpen} onChange={setPeopleOpen} inside={inPeople}>
            {peoplePages.map((p) => (
              <Link_
                key={p.key}
                to={`${base}/${p.path}`}
                label={t(`people.nav.${p.key}`)}
                active={pathname === `${base}/${p.path}` || pathname.startsWith(`${base}/${p.path}/`)}
                onNavigate={onNavigate}
              />
            ))}
          </NavGroup>
        )}
        {qualityPages.length > 0 && (
          <NavGroup label={t('quality.nav.group')} opened={qualityOpen} onChange={setQualityOpen} inside={inQuality}>
            {qualityPages.map((p) => (
              <Link_
                key={p.key}
                to={`${base}/${p.path}`}
                label={t(`quality.nav.${p.key}`)}
                active={pathname === `${base}/${p.path}` || pathname.startsWith(`${base}/${p.path}/`)}
                onNavigate={onNavigate}
              />
            ))}
          </NavGroup>
        )}
        {competencePages.length > 0 && (
          <NavGroup
            label={t('competences.nav.group')}
            opened={competencesOpen}
            onChange={setCompetencesOpen}
            inside={inCompetences}
          >
            {competencePages.map((p) => {
              const to = `${base}/competences${p.path ? `/${p.path}` : ''}`;
              return (
                <Link_
                  key={p.key}
                  to={to}
                  label={t(`competences.nav.${p.key}`)}
                  active={pathname === to || (p.path === 'people' && pathname.startsWith(`${to}/`))}
                  onNavigate={onNavigate}
                />
              );
            })}
          </NavGroup>
        )}
        {sePages.length > 0 && (
          <NavGroup label={t('se.nav.group')} opened={seOpen} onChange={setSeOpen} inside={inSe}>
            {sePages.map((p) => {
              const to = `${base}/social-economy${p.path ? `/${p.path}` : ''}`;
              return (
                <Link_
                  key={p.key}
                  to={to}
                  label={t(`se.nav.${p.key}`)}
                  active={pathname === to || (p.path !== '' && pathname.startsWith(`${to}/`))}
                  onNavigate={onNavigate}
                />
              );
            })}
            {allows(membership, 'jobcarving.manage') && (
              <Link_
                to={`${base}/job-carving`}
                label={t('nav.jobCarving')}
                active={pathname === `${base}/job-carving`}
                onNavigate={onNavigate}
              />
            )}
          </NavGroup>
        )}
        {strategyPages.length > 0 && (
          <NavGroup
            label={t('strategic.nav.group')}
            opened={strategyOpen}
            onChange={setStrategyOpen}
            inside={inStrategy}
          >
            {strategyPages.map((p) => {
              const to = `${base}/strategie${p.path ? `/${p.path}` : ''}`;
              return (
                <Link_
                  key={p.key}
                  to={to}
                  label={t(`strategic.nav.${p.key}`)}
                  active={pathname === to}
                  onNavigate={onNavigate}
                />
              );
            })}
          </NavGroup>
        )}
        {governancePages.length > 0 && (
          <NavGroup
            label={t('governance.nav.group')}
            opened={governanceOpen}
            onChange={setGovernanceOpen}
            inside={inGovernance}
          >
            {governancePages.map((p) => {
              const to = `${base}/${p.path}`;
              // An assessment's page (partnerships/:id) belongs to "Partnerschappen".
              const assessment =
                p.key === 'partnerships' &&
                pathname.startsWith(`${to}/`) &&
                !pathname.startsWith(`${base}/partnerships/projects`);
              return (
                <Link_
                  key={p.key}
                  to={to}
                  label={t(`governance.nav.${p.key}`)}
                  active={pathname === to || assessment}
                  onNavigate={onNavigate}
                />
              );
            })}
          </NavGroup>
        )}
      </Stack>
    </nav>
  );
}

/** A collapsible group of module pages; highlighted while closed when the current page is inside it. */
function NavGroup(props: {
  label: string;
  opened: boolean;
  onChange: (opened: boolean) => void;
  inside: boolean;
  children: ReactNode;
}) {
  return (
    <NavLink
      component="button"
      type="button"
      label={props.label}
      opened={props.opened}
      onChange={props.onChange}
      aria-expanded={props.opened}
      active={props.inside && !props.opened}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    >
      {props.children}
    </NavLink>
  );
}
