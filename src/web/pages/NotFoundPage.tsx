import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/MessagePage.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';

/** Any address the UI does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout width={560}>
      <MessagePage title={t('notFound.title')} text={t('notFound.text')} link={{ to: '/', label: t('notFound.home') }} />
    </PublicLayout>
  );
}
