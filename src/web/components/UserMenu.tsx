import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../../modules/auth/schema.ts';
import { logout } from '../session.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The avatar button with "Mijn account" and "Afmelden". */
export function UserMenu({ user }: { user: Session['user'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await logout();
    } finally {
      void navigate('/login', { replace: true });
    }
  };
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        {/* The name comes from hidden text, not aria-label: a label that leaves out the visible initials
            breaks "label in name" (WCAG 2.5.3). */}
        <UnstyledButton className="sb-focusable" style={{ borderRadius: '50%' }}>
          <Avatar color="teal" radius="xl" aria-hidden="true">
            {initials(user.name)}
          </Avatar>
          <VisuallyHidden>{t('header.userMenu')}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account">
          {t('header.account')}
        </Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t('header.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
