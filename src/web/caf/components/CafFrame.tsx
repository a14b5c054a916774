import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../components/context.ts';
import { type ModuleFrameProps, PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import type { CafStatus as Status } from '../../../modules/caf/schema.ts';

export interface CafContext extends Omit<PageContext, 'href'> {
  /** `/o/:orgId/caf/<path>` */
  href: (path?: string) => string;
}

/** The frame of every CAF page (see PageFrame), with "CAF-zelfevaluatie" as the first crumb. */
export function CafFrame({ title, needs, crumbs = [], actions, children }: ModuleFrameProps<CafContext>) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const root = `/o/${membership.orgId}/caf`;
  return (
    <PageFrame
      title={title}
      needs={needs}
      crumbs={crumbs && [{ to: root, label: t('caf.title') }, ...crumbs]}
      actions={actions}
    >
      {(context) => children({ ...context, href: (path = '') => `${root}${path ? `/${path}` : ''}` })}
    </PageFrame>
  );
}

const STATUS_COLOR: Record<Status, string> = { scoring: 'blue', consensus: 'orange', finished: 'teal' };

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`caf.status.${status}`)}
    </Badge>
  );
}
