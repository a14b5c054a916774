import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { MessagePage } from '../../components/MessagePage.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { allows, type Membership } from '../../session.ts';

export interface ClientsContext {
  orgId: string;
  membership: Membership;
  /** `/o/:orgId/<path>` */
  href: (path: string) => string;
  can: (action: Action) => boolean;
}

/**
 * The frame of every clients page: permission check, document title, breadcrumbs, the one h1 and
 * room for actions beside it. `needs` is one of the actions that open the page.
 */
export function ClientsFrame({ title, needs, crumbs = [], actions, children }: {
  title: string;
  needs: Action[];
  /** Links between "Cliënten" and this page; `null` for the list itself (no breadcrumbs). */
  crumbs?: { to: string; label: string }[] | null;
  actions?: ReactNode;
  children: (context: ClientsContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  usePageTitle(`${title} – ${membership.orgName}`);
  if (!needs.some((action) => allows(membership, action))) return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  const orgId = membership.orgId;
  const context: ClientsContext = { orgId, membership, href: (path) => `/o/${orgId}/${path}`, can: (a) => allows(membership, a) };
  return (
    <Stack gap="lg">
      {crumbs && (
      <Breadcrumbs aria-label={t('clients.breadcrumbs')}>
        {/* The list is only a link for whoever may open it (the administrator may only edit the rules). */}
        {context.can('clients.read')
          ? <Anchor component={Link} to={context.href('clients')} size="sm">{t('clients.nav.group')}</Anchor>
          : <Text span size="sm">{t('clients.nav.group')}</Text>}
        {crumbs.map((c) => (
          <Anchor key={c.to} component={Link} to={c.to} size="sm">{c.label}</Anchor>
        ))}
        <span aria-current="page">{title}</span>
      </Breadcrumbs>
      )}
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={1}>{title}</Title>
        {actions && <Group align="end" gap="sm">{actions}</Group>}
      </Group>
      {children(context)}
    </Stack>
  );
}
