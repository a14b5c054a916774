import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { allows } from '../../session.ts';

export type ClientsContext = PageContext;

/**
 * The frame of every clients page (see PageFrame), with "Cliënten" as the first crumb. `needs` is
 * one of the actions that open the page.
 */
export function ClientsFrame({
  title,
  needs,
  crumbs = [],
  actions,
  children,
}: {
  title: string;
  needs: Action[];
  /** Links between "Cliënten" and this page; `null` for the list itself (no breadcrumbs). */
  crumbs?: { to: string; label: string }[] | null;
  actions?: ReactNode;
  children: (context: ClientsContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  // The list is only a link for whoever may open it (the administrator may only edit the rules).
  const root = {
    to: allows(membership, 'clients.read') ? `/o/${membership.orgId}/clients` : undefined,
    label: t('clients.nav.group'),
  };
  return (
    <PageFrame title={title} needs={needs} crumbs={crumbs && [root, ...crumbs]} actions={actions}>
      {children}
    </PageFrame>
  );
}
