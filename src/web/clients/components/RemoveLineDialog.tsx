import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { call, client as api } from '../../api.ts';
import type { Column } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { at, clientQuery, storeAndRefresh } from '../api.ts';

/** A line of the client record that can be removed: an agreement or a funding record. */
export interface RemovableLine {
  kind: 'agreements' | 'funding';
  id: string;
  /** "Afspraak Dagondersteuning" / "Financiering PVB" */
  name: string;
  /** One sentence that tells the line apart (frequency, period). */
  summary: string;
}

/**
 * The column of a client record's table with a "Verwijderen" button per line (shown to whoever may
 * manage the record); `buttonLabel` names the line for a screen reader.
 */
export function removeLineColumn<Row>(
  t: TFunction,
  buttonLabel: (row: Row) => string,
  onRemove: (row: Row) => void,
): Column<Row> {
  return {
    key: 'remove',
    header: t('clients.removeLine.column'),
    align: 'right',
    render: (row) => (
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={buttonLabel(row)}
        onClick={() => onRemove(row)}
      >
        {t('clients.removeLine.button')}
      </Button>
    ),
  };
}

/**
 * Asks before an agreement line or funding record is removed; the answer (the updated client
 * record) replaces the cached one.
 */
export function RemoveLineDialog({
  orgId,
  clientId,
  line,
  onClose,
}: {
  orgId: string;
  clientId: string;
  line: RemovableLine | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useMutation({
    mutationFn: (l: RemovableLine) =>
      call(api.DELETE(`/orgs/{orgId}/clients/{clientId}/${l.kind}/{lineId}`, at(orgId, { clientId, lineId: l.id }))),
    onSuccess: async (client, l) => {
      notifications.show({ color: 'teal', message: t('clients.removeLine.done', { name: l.name }) });
      onClose();
      await storeAndRefresh(orgId, clientQuery(orgId, clientId).queryKey, client);
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={line !== null}
      onClose={close}
      title={line ? t('clients.removeLine.title', { name: line.name }) : undefined}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {line && (
        <Stack gap="md">
          {line.summary && (
            <Text size="sm" fw={600}>
              {line.summary}
            </Text>
          )}
          <Text size="sm">{t(`clients.removeLine.${line.kind}`)}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(line)}>
              {t('clients.removeLine.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
