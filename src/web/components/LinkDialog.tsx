import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.ts';
import { CopyField } from './CopyField.tsx';

export interface OneTimeLink {
  name: string;
  url: string;
  expiresAt?: string;
  /** Shown above the link, e.g. "Gebruiker toegevoegd". */
  intro?: string;
}

/** Shows a one-time password link once, with a copy button and what the link is for. */
export function LinkDialog({ link, onClose }: { link: OneTimeLink | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={link !== null}
      onClose={onClose}
      title={t('members.linkTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {link && (
        <Stack gap="md">
          {link.intro && <Text fw={600}>{link.intro}</Text>}
          <Text size="sm">{t('members.linkText', { name: link.name })}</Text>
          <CopyField label={t('members.linkLabel')} value={link.url} />
          {link.expiresAt && (
            <Text size="sm" c="dimmed">
              {t('members.linkExpires', { date: formatDateTime(link.expiresAt) })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
