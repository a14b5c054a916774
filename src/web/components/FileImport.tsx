import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { upload } from '../upload.ts';
import { FieldErrorsTable } from './FieldErrorsTable.tsx';
import { FileField } from './FileField.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Section } from './Section.tsx';

export const CSV = '.csv,text/csv';
export const CSV_OR_XLSX = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * An all-or-nothing file import as a page section: choose a file, import, and on refusal every wrong
 * line in a table. `texts` is a locale block with title, help, file, submit, done ({{count}}) and errors.
 */
export function FileImport({
  texts,
  path,
  accept,
  onDone,
}: {
  texts: string;
  path: string;
  accept: string;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f);
      return upload<{ imported: number }>(path, form);
    },
    onSuccess: async (answer) => {
      notifications.show({ color: 'teal', message: t(`${texts}.done`, { count: answer.imported }) });
      await onDone();
    },
  });
  const fields = run.error instanceof ApiError ? run.error.fields : [];
  return (
    <Section title={t(`${texts}.title`)}>
      <Stack gap="sm">
        <Text size="sm">{t(`${texts}.help`)}</Text>
        <Group align="end">
          <FileField
            label={t(`${texts}.file`)}
            accept={accept}
            onFile={(f) => {
              setFile(f);
              run.reset();
            }}
            error={fileError}
            onError={setFileError}
          />
          <Button onClick={() => file && run.mutate(file)} disabled={!file} loading={run.isPending}>
            {t(`${texts}.submit`)}
          </Button>
        </Group>
        <ErrorAlert error={run.error} />
        <FieldErrorsTable fields={fields} caption={t(`${texts}.errors`)} />
      </Stack>
    </Section>
  );
}
