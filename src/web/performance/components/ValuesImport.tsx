import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { upload } from '../../finance/api.ts';
import { FieldErrorsTable } from '../../finance/components/FieldErrorsTable.tsx';
import { FileField } from '../../finance/components/FileField.tsx';
import { kpiPaths } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';

/** Import of values from CSV or XLSX (code;period;value;note), all or nothing, every wrong line named. */
export function ValuesImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f);
      return upload<{ imported: number }>(kpiPaths.importValues(orgId), form);
    },
    onSuccess: async (answer) => {
      notifications.show({ color: 'teal', message: t('performance.import.done', { count: answer.imported }) });
      await refreshPerformance(orgId);
    },
  });
  const fields = run.error instanceof ApiError ? run.error.fields : [];
  return (
    <Section title={t('performance.import.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('performance.import.help')}</Text>
        <Group align="end">
          <FileField label={t('performance.import.file')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onFile={(f) => { setFile(f); run.reset(); }} error={fileError} onError={setFileError} />
          <Button onClick={() => file && run.mutate(file)} disabled={!file} loading={run.isPending}>{t('performance.import.submit')}</Button>
        </Group>
        <ErrorAlert error={run.error} />
        <FieldErrorsTable fields={fields} caption={t('performance.import.errors')} />
      </Stack>
    </Section>
  );
}
