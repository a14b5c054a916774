import { AppShell, Burger, Button, Center, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useMatch } from 'react-router';
import { useSession } from '../session.ts';
import type { ShellContext } from './context.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';
import { OrgSwitcher } from './OrgSwitcher.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { UserMenu } from './UserMenu.tsx';

const LAST_ORG_KEY = 'sb.org';

function lastOrgId(): string | null {
  try {
    return window.localStorage.getItem(LAST_ORG_KEY);
  } catch {
    return null;
  }
}

function rememberOrg(orgId: string): void {
  try {
    window.localStorage.setItem(LAST_ORG_KEY, orgId);
  } catch {
    // Storage disabled: the navigation then falls back to the first organisation.
  }
}

/** The frame of every logged-in page: header, organisation navigation and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [navOpen, nav] = useDisclosure(false);
  // Below Mantine's `md` breakpoint (992px) the navbar collapses behind the burger.
  const narrow = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false });
  const orgMatch = useMatch('/o/:orgId/*');
  const { data: session, error, refetch, isPending } = useSession();

  // After in-app navigation, move focus to the new page so keyboard and screen-reader users start
  // there instead of on the link they left (not on the first render: the browser handles that).
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  if (isPending) {
    return (
      <Center mih="100vh" role="status">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (error) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <ErrorAlert error={error} />
          <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }

  const routeOrgId = orgMatch?.params.orgId ?? null;
  const routeMembership = session.memberships.find((m) => m.orgId === routeOrgId);
  if (routeMembership) rememberOrg(routeMembership.orgId);
  // Outside an organisation's pages (e.g. /account) the navigation shows the last one visited.
  const navMembership =
    routeMembership ??
    (routeOrgId ? undefined : (session.memberships.find((m) => m.orgId === lastOrgId()) ?? session.memberships[0]));
  const context: ShellContext = { session };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <a href="#main" className="sb-skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navOpen}
              aria-controls="sb-navbar"
            />
            <Text
              component={Link}
              to={navMembership ? `/o/${navMembership.orgId}` : '/'}
              fw={700}
              fz="lg"
              c="teal.8"
              td="none"
              className="sb-focusable"
            >
              {t('app.name')}
              <VisuallyHidden> – {t('nav.home')}</VisuallyHidden>
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <OrgSwitcher memberships={session.memberships} currentOrgId={navMembership?.orgId ?? null} />
            <LanguageSwitch size="xs" />
            <UserMenu user={session.user} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* A collapsed navbar is only moved off-screen by Mantine; hide it so Tab and screen readers skip it. */}
      <AppShell.Navbar p="sm" id="sb-navbar" style={narrow && !navOpen ? { visibility: 'hidden' } : undefined}>
        <MainNav membership={navMembership} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <PendingInvitations />
        <Outlet context={context} />
      </AppShell.Main>
    </AppShell>
  );
}
