import { Anchor, Badge, Breadcrumbs, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { MessagePage } from '../../components/MessagePage.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { allows, type Membership } from '../../session.ts';
import type { Status } from '../types.ts';

export interface CafContext {
  orgId: string;
  membership: Membership;
  /** `/o/:orgId/caf/<path>` */
  href: (path?: string) => string;
  can: (action: Action) => boolean;
}

/** The frame of every CAF page: permission check, document title, breadcrumbs, the one h1 and room for actions. */
export function CafFrame({ title, needs, crumbs = [], actions, children }: {
  title: string;
  needs: Action[];
  /** Links between "CAF-zelfevaluatie" and this page; `null` for the list itself. */
  crumbs?: { to: string; label: string }[] | null;
  actions?: ReactNode;
  children: (context: CafContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  usePageTitle(`${title} – ${membership.orgName}`);
  if (!needs.some((action) => allows(membership, action))) return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  const orgId = membership.orgId;
  const context: CafContext = { orgId, membership, href: (path = '') => `/o/${orgId}/caf${path ? `/${path}` : ''}`, can: (a) => allows(membership, a) };
  return (
    <Stack gap="lg">
      {crumbs && (
        <Breadcrumbs aria-label={t('caf.breadcrumbs')}>
          <Anchor component={Link} to={context.href()} size="sm">{t('caf.title')}</Anchor>
          {crumbs.map((c) => <Anchor key={c.to} component={Link} to={c.to} size="sm">{c.label}</Anchor>)}
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

const STATUS_COLOR: Record<Status, string> = { scoring: 'blue', consensus: 'orange', finished: 'teal' };

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]} variant="light">{t(`caf.status.${status}`)}</Badge>;
}
