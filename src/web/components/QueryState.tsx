import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { MessagePage } from './MessagePage.tsx';

/**
 * What a page shows while its data loads or when loading failed: a 404 is "not found", a 403
 * "no access", anything else the server's message. `inline` (a card within a page) only shows the
 * message, never a second page title.
 */
export function QueryState({ error, inline = false }: { error: unknown; inline?: boolean }) {
  const { t } = useTranslation();
  if (inline && error) return <ErrorAlert error={error} />;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <MessagePage
        title={t('notFound.orgTitle')}
        text={t('notFound.orgText')}
        link={{ to: '/', label: t('notFound.home') }}
      />
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  }
  if (error) return <ErrorAlert error={error} />;
  return (
    <Center py="xl" role="status">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
