import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../modules/orgs/policy.ts';
import { useOrg } from './context.ts';
import { type Crumb, type PageContext, PageFrame } from './PageFrame.tsx';

/** What a page gives its module's frame (CompetenceFrame, ComplaintFrame, SeFrame). */
export interface ModulePageProps {
  title: string;
  /** Any one of these actions opens the page; the module's frame has a default. */
  needs?: Action[];
  /** The crumbs between the module's start page and this page; `null` (the default) on the start page. */
  crumbs?: Crumb[] | null;
  actions?: ReactNode | ((context: PageContext) => ReactNode);
  children: (context: PageContext) => ReactNode;
}

/**
 * PageFrame with the module's start page (`start`, a path under the organisation, named by the message
 * `label`) as the first crumb where the page is deeper:
 *
 *   export function ComplaintFrame(props: ModulePageProps) {
 *     return <ModuleFrame {...props} start="complaints" label="complaints.title" needs={props.needs ?? […]} />;
 *   }
 */
export function ModuleFrame({
  start,
  label,
  crumbs = null,
  ...page
}: ModulePageProps & { start: string; label: string; needs: Action[] }) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const root = { to: `/o/${membership.orgId}/${start}`, label: t(label) };
  return <PageFrame {...page} crumbs={crumbs && [root, ...crumbs]} />;
}
