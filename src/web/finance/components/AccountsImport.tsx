import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { financeKey, uploadTo } from '../api.ts';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { FileField } from '../../components/FileField.tsx';
import { UploadProgress } from './UploadProgress.tsx';

/** Import a chart of accounts from CSV (`code;name`); a refused file lists every bad line. */
export function AccountsImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ added: number; updated: number } | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const send = async () => {
    if (!file) {
      setFileError(t('finance.upload.chooseFile'));
      return;
    }
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      setResult(await uploadTo('/orgs/{orgId}/finance/accounts/import', orgId, { file }, setProgress));
      setFile(null);
      setFileKey((k) => k + 1);
      await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap="sm">
      <Group align="end">
        <FileField
          key={fileKey}
          label={t('finance.accounts.importFile')}
          accept=".csv,text/csv"
          onFile={setFile}
          error={fileError}
          onError={setFileError}
          disabled={progress !== null}
          description={t('finance.accounts.importHelp')}
        />
        <Button onClick={() => void send()} loading={progress !== null} variant="light">
          {t('finance.accounts.import')}
        </Button>
      </Group>
      <UploadProgress fraction={progress} />
      {result && <Text role="status">{t('finance.accounts.importDone', result)}</Text>}
      <ErrorAlert error={error} />
      <FieldErrorsTable
        fields={error instanceof ApiError ? error.fields : []}
        caption={t('finance.accounts.importErrors')}
      />
    </Stack>
  );
}
