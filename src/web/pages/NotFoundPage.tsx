import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/MessagePage.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';

/** Any address the UI does not know; `inShell` when shown inside the logged-in layout. */
export function NotFoundPage({ inShell = false }: { inShell?: boolean }) {
  const { t } = useTranslation();
  const message = (
    <MessagePage title={t('notFound.title')} text={t('notFound.text')} link={{ to: '/', label: t('notFound.home') }} />
  );
  if (inShell) return message;
  return <PublicLayout width={560}>{message}</PublicLayout>;
}
