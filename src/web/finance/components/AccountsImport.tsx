import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { FileField } from '../../components/FileField.tsx';
import { Form } from '../../components/Form.tsx';
import { financeKey, uploadTo } from '../api.ts';
import { UploadProgress } from './UploadProgress.tsx';
import { useUploadForm } from './useUploadForm.ts';

/** Import a chart of accounts from CSV (`code;name`); a refused file lists every bad line. */
export function AccountsImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const upload = useUploadForm({});
  const [result, setResult] = useState<{ added: number; updated: number } | null>(null);
  const send = async (file: File) => {
    setResult(null);
    const answer = await upload.run((onProgress) =>
      uploadTo('/orgs/{orgId}/finance/accounts/import', orgId, { file }, onProgress),
    );
    if (!answer) return;
    setResult(answer);
    upload.clearFile();
    await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
  };
  return (
    <Form
      onSubmit={upload.form.onSubmit(({ file }) => {
        if (file) void send(file);
      })}
      gap="sm"
    >
      <Group align="end">
        <FileField
          key={upload.fileKey}
          label={t('finance.accounts.importFile')}
          accept=".csv,text/csv"
          description={t('finance.accounts.importHelp')}
          {...upload.fileProps}
        />
        <Button type="submit" loading={upload.busy} variant="light">
          {t('finance.accounts.import')}
        </Button>
      </Group>
      <UploadProgress fraction={upload.progress} />
      {result && <Text role="status">{t('finance.accounts.importDone', result)}</Text>}
      <ErrorAlert error={upload.error} />
      <FieldErrorsTable fields={upload.lineErrors} caption={t('finance.accounts.importErrors')} />
    </Form>
  );
}
