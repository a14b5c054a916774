import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../modules/orgs/policy.ts';
import { allows, type Membership } from '../session.ts';

interface Item {
  page: string;
  label: string;
  /** Without a permission the link is always shown (Home). */
  needs?: Action;
}

/** The navigation of one organisation: only the links its role may see. */
export function MainNav({ membership, onNavigate }: { membership: Membership | undefined; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!membership) return null;
  const base = `/o/${membership.orgId}`;
  const items: Item[] = [
    { page: '', label: t('nav.home') },
    { page: 'members', label: t('nav.members'), needs: 'members.read' },
    { page: 'settings', label: t('nav.settings'), needs: 'org.read' },
    { page: 'audit', label: t('nav.audit'), needs: 'audit.read' },
  ];
  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap={4}>
        {items
          .filter((item) => !item.needs || allows(membership, item.needs))
          .map((item) => {
            const to = item.page ? `${base}/${item.page}` : base;
            const active = pathname === to;
            return (
              <NavLink
                key={item.page || 'home'}
                component={Link}
                to={to}
                label={item.label}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            );
          })}
      </Stack>
    </nav>
  );
}
