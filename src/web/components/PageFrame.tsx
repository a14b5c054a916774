import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../modules/orgs/policy.ts';
import { allows, type Membership } from '../session.ts';
import { useOrg } from './context.ts';
import { MessagePage } from './MessagePage.tsx';
import { usePageTitle } from './usePageTitle.ts';
import { PageHelp } from '../guide/PageHelp.tsx';

/** A breadcrumb: a link, or plain text without `to`. */
export interface Crumb {
  to?: string;
  label: string;
}

/**
 * The props of a module's frame (ClientsFrame, CafFrame): PageFrame's, where `crumbs` are the links
 * between the module's own first crumb and this page.
 */
export interface ModuleFrameProps<Context> {
  title: string;
  /** Any one of these actions opens the page. */
  needs: Action[];
  /** `null` for the module's start page itself (no breadcrumbs). */
  crumbs?: { to: string; label: string }[] | null;
  actions?: ReactNode;
  children: (context: Context) => ReactNode;
}

export interface PageContext {
  orgId: string;
  membership: Membership;
  /** `/o/:orgId/<path>` */
  href: (path: string) => string;
  can: (action: Action) => boolean;
}

/**
 * The frame of an organisation's module page: permission check (any of `needs`), document title,
 * breadcrumbs (a crumb without `to` is plain text), the one h1 and room for actions beside it.
 */
export function PageFrame({
  title,
  needs,
  crumbs = null,
  actions,
  children,
}: {
  title: string;
  needs: Action[];
  crumbs?: Crumb[] | null;
  /** Buttons beside the title; a function when they depend on the role. */
  actions?: ReactNode | ((context: PageContext) => ReactNode);
  children: (context: PageContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  usePageTitle(`${title} – ${membership.orgName}`);
  if (!needs.some((action) => allows(membership, action)))
    return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  const orgId = membership.orgId;
  const context: PageContext = {
    orgId,
    membership,
    href: (path) => `/o/${orgId}/${path}`,
    can: (a) => allows(membership, a),
  };
  return (
    <Stack gap="lg">
      {crumbs && (
        <Breadcrumbs aria-label={t('common.breadcrumbs')}>
          {crumbs.map((c) =>
            c.to ? (
              <Anchor key={c.label} component={Link} to={c.to} size="sm">
                {c.label}
              </Anchor>
            ) : (
              <Text key={c.label} span size="sm">
                {c.label}
              </Text>
            ),
          )}
          <span aria-current="page">{title}</span>
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={1}>{title}</Title>
        {actions && (
          <Group align="end" gap="sm">
            {typeof actions === 'function' ? actions(context) : actions}
          </Group>
        )}
      </Group>
      <PageHelp title={title} />
      {children(context)}
    </Stack>
  );
}
