import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Upload progress of a file (0…1), then "Verwerken…" while the server works on it. */
export function UploadProgress({ fraction }: { fraction: number | null }) {
  const { t } = useTranslation();
  if (fraction === null) return null;
  const processing = fraction >= 1;
  return (
    <Stack gap={4} role="status">
      {/* The name belongs on the section: it is the element with role="progressbar". */}
      <Progress.Root>
        <Progress.Section
          value={processing ? 100 : Math.round(fraction * 100)}
          animated={processing}
          striped={processing}
          aria-label={t('finance.upload.progress')}
        />
      </Progress.Root>
      <Text size="sm" c="dimmed">
        {processing
          ? t('finance.upload.processing')
          : t('finance.upload.sending', { percent: Math.round(fraction * 100) })}
      </Text>
    </Stack>
  );
}
