import { NavLink, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../modules/orgs/policy.ts';
import { canReadFinance } from '../finance/access.ts';
import { allows, type Membership } from '../session.ts';

interface Item {
  page: string;
  label: string;
  /** Without a permission the link is always shown (Home). */
  needs?: Action;
}

const FINANCE_PAGES = ['', 'ledger', 'accounts', 'model', 'costprice', 'simulator'] as const;

function Link_({ to, label, active, onNavigate }: { to: string; label: string; active: boolean; onNavigate: () => void }) {
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
  if (!membership) return null;
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
            return <Link_ key={item.page || 'home'} to={to} label={item.label} active={pathname === to} onNavigate={onNavigate} />;
          })}
        {canReadFinance(membership) && (
          <NavLink
            component="button"
            type="button"
            label={t('finance.nav.group')}
            opened={financeOpen}
            onChange={setFinanceOpen}
            aria-expanded={financeOpen}
            active={inFinance && !financeOpen}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            {FINANCE_PAGES.map((page) => {
              const path = `${base}/finance${page ? `/${page}` : ''}`;
              return (
                <Link_ key={page || 'overview'} to={year ? `${path}?year=${year}` : path}
                  label={t(`finance.nav.${page || 'overview'}`)} active={pathname === path} onNavigate={onNavigate} />
              );
            })}
          </NavLink>
        )}
      </Stack>
    </nav>
  );
}
