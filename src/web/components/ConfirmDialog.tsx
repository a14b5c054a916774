import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

/**
 * Asks before something is removed; `onConfirm` does it, the dialog shows its error or closes.
 * "Annuleren" has the focus, so Enter alone removes nothing.
 */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirm,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useMutation({ mutationFn: onConfirm, onSuccess: onClose });
  const close = () => {
    run.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{text}</Text>
        <ErrorAlert error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => run.mutate()} loading={run.isPending}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
