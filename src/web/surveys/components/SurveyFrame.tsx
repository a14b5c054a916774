import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { useOrg } from '../../components/context.ts';

/** The frame of every survey page, with "Bevragingen" as the first crumb (none on the list itself). */
export function SurveyFrame({
  title,
  crumbs = [],
  actions,
  children,
}: {
  title: string;
  crumbs?: { to: string; label: string }[] | null;
  actions?: ReactNode | ((context: PageContext) => ReactNode);
  children: (context: PageContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const root = { to: `/o/${membership.orgId}/surveys`, label: t('surveys.title') };
  return (
    <PageFrame
      title={title}
      needs={['surveys.manage', 'performance.read']}
      crumbs={crumbs && [root, ...crumbs]}
      actions={actions}
    >
      {children}
    </PageFrame>
  );
}
