import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { type ModuleFrameProps, PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { allows } from '../../session.ts';

export type ClientsContext = PageContext;

/** The frame of every clients page (see PageFrame), with "Cliënten" as the first crumb. */
export function ClientsFrame({ title, needs, crumbs = [], actions, children }: ModuleFrameProps<ClientsContext>) {
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

/**
 * A clients page with a fixed title whose body needs only the page context:
 *
 *   export function OfferPage() {
 *     return <ClientsFramePage title="clients.offer.title" needs={['clients.read']} body={Offer} />;
 *   }
 */
export function ClientsFramePage({
  title,
  needs,
  crumbs,
  body: Body,
}: {
  /** The message key of the title. */
  title: string;
  needs: Action[];
  crumbs?: null;
  body: ComponentType<ClientsContext>;
}) {
  const { t } = useTranslation();
  return (
    <ClientsFrame title={t(title)} needs={needs} crumbs={crumbs}>
      {(context) => <Body {...context} />}
    </ClientsFrame>
  );
}
