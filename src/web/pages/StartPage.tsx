import { Navigate } from 'react-router';
import { useShell } from '../components/context.ts';
import { MessagePage } from '../components/MessagePage.tsx';
import { useTranslation } from 'react-i18next';

/** `/`: straight to the first organisation; a user without one is told how to get access. */
export function StartPage() {
  const { t } = useTranslation();
  const { session } = useShell();
  const first = session.memberships[0];
  if (first) return <Navigate to={`/o/${first.orgId}`} replace />;
  return <MessagePage title={t('home.noOrgTitle')} text={t('home.noOrg')} />;
}
