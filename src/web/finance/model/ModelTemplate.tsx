import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { FileField } from '../../components/FileField.tsx';
import { Form } from '../../components/Form.tsx';
import { financeBase, financeKey, uploadTo } from '../api.ts';
import { UploadProgress } from '../components/UploadProgress.tsx';
import { useUploadForm } from '../components/useUploadForm.ts';
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
  const upload = useUploadForm({});
  const send = async (file: File) => {
    const doc = await upload.run((onProgress) =>
      uploadTo('/orgs/{orgId}/finance/model/import', orgId, { file }, onProgress, { year }),
    );
    if (!doc) return;
    await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
    upload.clearFile();
    onImported(doc);
  };
  return (
    <Form
      onSubmit={upload.form.onSubmit(({ file }) => {
        if (file) void send(file);
      })}
      gap="sm"
    >
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
              key={upload.fileKey}
              label={t('finance.model.templateFile')}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              {...upload.fileProps}
            />
            <Button type="submit" variant="light" loading={upload.busy}>
              {t('finance.model.templateUpload')}
            </Button>
          </>
        )}
      </Group>
      <UploadProgress fraction={upload.progress} />
      <ErrorAlert error={upload.error} />
      <FieldErrorsTable fields={upload.lineErrors} caption={t('finance.model.templateErrors')} />
    </Form>
  );
}
