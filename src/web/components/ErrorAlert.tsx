import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api.ts';

/** Shows an error from the API (or any error) as an alert that screen readers announce. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('common.error')}>
      {errorMessage(error)}
    </Alert>
  );
}
