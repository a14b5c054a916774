import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { type PageContext, PageFrame } from '../../components/PageFrame.tsx';

/** The frame of every social-economy page, with "Sociale economie" as the first crumb where the page is deeper. */
export function SeFrame({
  title,
  needs = ['socialeconomy.read'],
  crumbs = null,
  actions,
  children,
}: {
  title: string;
  needs?: Action[];
  crumbs?: { to?: string; label: string }[] | null;
  actions?: ReactNode | ((context: PageContext) => ReactNode);
  children: (context: PageContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const root = { to: `/o/${membership.orgId}/social-economy`, label: t('se.title') };
  return (
    <PageFrame title={title} needs={needs} crumbs={crumbs && [root, ...crumbs]} actions={actions}>
      {children}
    </PageFrame>
  );
}
