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
import { orgBase, refreshClients } from '../api.ts';

/** CSV import of registrations (`client id;function code;date;units[;reason]`), all or nothing. */
export function RegistrationImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f);
      return upload<{ imported: number }>(`${orgBase(orgId)}/registrations/import`, form);
    },
    onSuccess: async (answer) => {
      notifications.show({ color: 'teal', message: t('clients.import.done', { count: answer.imported }) });
      await refreshClients(orgId);
    },
  });
  const fields = run.error instanceof ApiError ? run.error.fields : [];
  return (
    <Section title={t('clients.import.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('clients.import.help')}</Text>
        <Group align="end">
          <FileField label={t('clients.import.file')} accept=".csv,text/csv" onFile={(f) => { setFile(f); run.reset(); }} error={fileError} onError={setFileError} />
          <Button onClick={() => file && run.mutate(file)} disabled={!file} loading={run.isPending}>{t('clients.import.submit')}</Button>
        </Group>
        <ErrorAlert error={run.error} />
        <FieldErrorsTable fields={fields} caption={t('clients.import.errors')} />
      </Stack>
    </Section>
  );
}
