import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../modules/orgs/schema.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/** Asks before a member is removed from the organisation. */
export function RemoveMemberDialog(props: {
  member: Member | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { member } = props;
  return (
    <Modal
      opened={member !== null}
      onClose={props.onClose}
      title={t('members.confirmTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {member && (
        <Stack gap="md">
          <ErrorAlert error={props.error} />
          <Text size="sm">{t('members.confirmText', { name: member.name, email: member.email })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={props.pending} onClick={props.onConfirm}>
              {t('members.remove')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
