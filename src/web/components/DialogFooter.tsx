import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

/** The end of a dialog's form: the error of the last attempt, then "Annuleren" and the submit button. */
export function DialogFooter({
  error,
  pending,
  onCancel,
  submit,
}: {
  error: unknown;
  pending: boolean;
  onCancel: () => void;
  submit?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {submit ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
