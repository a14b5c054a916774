import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { type OrgContext, useShell } from './context.ts';
import { MessagePage } from './MessagePage.tsx';

/**
 * The pages of one organisation. An organisation the user is not a member of answers "not found",
 * exactly as the API does: whether it exists is not revealed.
 */
export function OrgGate() {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const { session } = useShell();
  const membership = session.memberships.find((m) => m.orgId === orgId);
  if (!membership) {
    return (
      <MessagePage
        title={t('notFound.orgTitle')}
        text={t('notFound.orgText')}
        link={{ to: '/', label: t('notFound.home') }}
      />
    );
  }
  const context: OrgContext = { session, membership };
  return <Outlet context={context} />;
}
