import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { financeBase, financeKey, uploadTo } from '../api.ts';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { FileField } from '../../components/FileField.tsx';
import { UploadProgress } from '../components/UploadProgress.tsx';
import type { CostModelDoc } from '../../../modules/finance/schema.ts';

/** Download the model as an XLSX template, and upload a filled one (saved at once). */
export function ModelTemplate({
  orgId,
  year,
  canManage,
  onImported,
}: {
  orgId: string;
  year: number;
  canManage: boolean;
  onImported: (doc: CostModelDoc) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fileKey, setFileKey] = useState(0);
  const send = async () => {
    if (!file) {
      setFileError(t('finance.upload.chooseFile'));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const doc = await uploadTo('/orgs/{orgId}/finance/model/import', orgId, { file }, setProgress, { year });
      await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
      setFile(null);
      setFileKey((k) => k + 1);
      onImported(doc);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap="sm">
      <Group align="end" wrap="wrap">
        <Button
          component="a"
          variant="default"
          href={`${financeBase(orgId)}/model/template.xlsx?year=${year}`}
          download
        >
          {t('finance.model.templateDownload')}
        </Button>
        {canManage && (
          <>
            <FileField
              key={fileKey}
              label={t('finance.model.templateFile')}
              onFile={setFile}
              error={fileError}
              onError={setFileError}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={progress !== null}
            />
            <Button variant="light" onClick={() => void send()} loading={progress !== null}>
              {t('finance.model.templateUpload')}
            </Button>
          </>
        )}
      </Group>
      <UploadProgress fraction={progress} />
      <ErrorAlert error={error} />
      <FieldErrorsTable
        fields={error instanceof ApiError ? error.fields : []}
        caption={t('finance.model.templateErrors')}
      />
    </Stack>
  );
}
