import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayrollPreview } from '../../../modules/people/schema-import.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { CSV_OR_XLSX } from '../../components/FileImport.tsx';
import { FileField } from '../../components/FileField.tsx';
import { Form } from '../../components/Form.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { UploadProgress } from '../../finance/components/UploadProgress.tsx';
import { useUploadForm } from '../../finance/components/useUploadForm.ts';
import { refreshPeople, uploadPayroll } from '../api.ts';
import { PayrollPreviewView } from '../register/PayrollPreviewView.tsx';

/** Choose a payroll export → "Controleren" (nothing saved) → map unknown columns → "Importeren" (all or nothing). */
function PayrollImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const upload = useUploadForm({ mapping: {} as Record<string, string> });
  const { form, busy } = upload;
  const { file, mapping } = form.values;
  const [preview, setPreview] = useState<PayrollPreview | null>(null);

  const check = async (chosen: File, withMapping: Record<string, string>) => {
    const answer = await upload.run((onProgress) =>
      uploadPayroll('/orgs/{orgId}/people/payroll/preview', orgId, chosen, withMapping, onProgress),
    );
    setPreview(answer ?? null);
    if (answer) form.setFieldValue('mapping', { ...answer.mapping });
  };

  const changeMapping = (header: string, field: string) => {
    const next = { ...mapping, [header]: field };
    form.setFieldValue('mapping', next);
    if (file) void check(file, next);
  };

  const runImport = async () => {
    if (!file || !preview) return;
    const result = await upload.run((onProgress) =>
      uploadPayroll('/orgs/{orgId}/people/payroll/import', orgId, file, mapping, onProgress),
    );
    if (!result) return;
    await refreshPeople(orgId);
    notifications.show({
      color: 'teal',
      message: t('people.payroll.done', {
        rows: result.rows,
        employees: result.employees.created,
        months: result.months.created,
      }),
    });
    setPreview(null);
    upload.clearFile();
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('people.payroll.help')}</Text>
      <Form
        onSubmit={form.onSubmit((values) => {
          if (values.file) void check(values.file, values.mapping);
        })}
      >
        <Group align="end" wrap="wrap">
          <FileField
            key={upload.fileKey}
            label={t('people.payroll.file')}
            accept={CSV_OR_XLSX}
            {...upload.fileProps}
            onFile={(chosen) => {
              upload.fileProps.onFile(chosen);
              form.setFieldValue('mapping', {});
              setPreview(null);
              upload.setError(null);
            }}
          />
          <Button type="submit" loading={busy && !preview} disabled={busy}>
            {t('people.payroll.check')}
          </Button>
        </Group>
      </Form>
      {file && (
        <Text size="sm" c="dimmed">
          {t('people.payroll.chosen', { name: file.name })}
        </Text>
      )}
      <UploadProgress fraction={upload.progress} />
      <ErrorAlert error={upload.error} />
      <FieldErrorsTable fields={upload.lineErrors} caption={t('people.payroll.errorsCaption')} />
      {preview && <PayrollPreviewView preview={preview} mapping={mapping} onMapping={changeMapping} editable={!busy} />}
      {preview && (
        <Group>
          <Button onClick={() => void runImport()} disabled={busy || preview.errorCount > 0} loading={busy}>
            {t('people.payroll.import')}
          </Button>
          {preview.errorCount > 0 && (
            <Text size="sm" c="red.8">
              {t('people.payroll.fixFirst')}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** `/o/:orgId/people/payroll-import`: the payroll provider's export into the register. */
export function PayrollImportPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('people.payroll.title')} needs={['people.manage']}>
      {({ orgId }) => <PayrollImport orgId={orgId} />}
    </PageFrame>
  );
}
