import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { accountsQuery, financeKey, mappingQuery, uploadTo } from '../api.ts';
import type { LedgerFieldChoice, LedgerImport, LedgerPreview } from '../../../modules/finance/schema.ts';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { CSV_OR_XLSX } from '../../components/FileImport.tsx';
import { FileField } from '../../components/FileField.tsx';
import { Form } from '../../components/Form.tsx';
import { type AccountChoice, LedgerPreviewView, NEW_ACCOUNT } from './LedgerPreviewView.tsx';
import { UploadProgress } from './UploadProgress.tsx';
import { useUploadForm } from './useUploadForm.ts';

/**
 * Choose year and file → "Controleren" (preview, nothing saved) → map unknown columns and accounts →
 * "Importeren". A year that already has a ledger is replaced only after confirmation.
 */
export function LedgerUpload({
  orgId,
  defaultYear,
  years,
  onImported,
}: {
  orgId: string;
  defaultYear: number;
  years: number[];
  onImported: (imported: LedgerImport) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadForm({
    year: String(defaultYear),
    mapping: {} as Record<string, LedgerFieldChoice>,
    choices: {} as Record<string, AccountChoice>,
  });
  const { form, busy } = upload;
  const { year, file, mapping, choices } = form.values;
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const accounts = useQuery(accountsQuery(orgId));
  const remembered = useQuery(mappingQuery(orgId));

  const reset = () => {
    setPreview(null);
    upload.setError(null);
  };

  /** The form fields of both uploads: the year, the file and the chosen header mapping (when any). */
  const formFields = (file: File, chosen: Record<string, LedgerFieldChoice>) => ({
    file,
    year: Number(year),
    ...(Object.keys(chosen).length ? { mapping: JSON.stringify(chosen) } : {}),
  });

  const check = async (file: File, withMapping: Record<string, LedgerFieldChoice>) => {
    const answer = await upload.run((onProgress) =>
      uploadTo('/orgs/{orgId}/finance/ledger/preview', orgId, formFields(file, withMapping), onProgress),
    );
    setPreview(answer ?? null);
    if (!answer) return;
    const known = remembered.data?.accounts ?? {};
    const next: Record<string, AccountChoice> = {};
    for (const account of answer.unknownAccounts) {
      next[account.code] = choices[account.code] ?? {
        target: known[account.code] ?? NEW_ACCOUNT,
        name: account.description || account.code,
        incomeType: account.code.startsWith('7') ? 'other' : null,
      };
    }
    form.setValues({ mapping: { ...answer.mapping }, choices: next });
  };

  const changeMapping = (header: string, field: LedgerFieldChoice) => {
    const next = { ...mapping, [header]: field };
    form.setFieldValue('mapping', next);
    if (file) void check(file, next);
  };

  const runImport = async (replace: boolean) => {
    if (!file || !preview) return;
    setConfirm(null);
    const accountMapping: Record<string, string> = {};
    const newAccounts: { code: string; name: string; incomeType: string | null }[] = [];
    for (const [code, choice] of Object.entries(choices)) {
      if (choice.target === NEW_ACCOUNT)
        newAccounts.push({ code, name: choice.name.trim() || code, incomeType: choice.incomeType });
      else if (choice.target) accountMapping[code] = choice.target;
    }
    const imported = await upload.run(
      (onProgress) =>
        uploadTo(
          '/orgs/{orgId}/finance/ledger/import',
          orgId,
          {
            ...formFields(file, mapping),
            accountMapping: JSON.stringify(accountMapping),
            newAccounts: JSON.stringify(newAccounts),
            ...(replace ? { replace: 'true' as const } : {}),
          },
          onProgress,
        ),
      // A year that already has a ledger: ask before replacing it.
      (caught) => {
        if (!(caught instanceof ApiError) || caught.status !== 409) return false;
        setConfirm(caught.message);
        return true;
      },
    );
    if (!imported) return;
    await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
    notifications.show({
      color: 'teal',
      message: t('finance.ledger.imported', { year: imported.year, lines: imported.lines }),
    });
    setPreview(null);
    upload.clearFile();
    onImported(imported);
  };

  const unresolved = preview?.unknownAccounts.some((a) => !choices[a.code]?.target) ?? false;
  const yearProps = form.getInputProps('year');
  return (
    <Stack gap="md">
      <Form
        onSubmit={form.onSubmit((values) => {
          if (values.file) void check(values.file, values.mapping);
        })}
      >
        <Group align="end" wrap="wrap">
          <Select
            label={t('finance.year')}
            data={years.map(String)}
            {...yearProps}
            onChange={(value) => {
              if (value) yearProps.onChange(value);
              reset();
            }}
            allowDeselect={false}
            w={130}
            disabled={busy}
          />
          <FileField
            key={upload.fileKey}
            label={t('finance.ledger.file')}
            accept={CSV_OR_XLSX}
            {...upload.fileProps}
            onFile={(chosen) => {
              upload.fileProps.onFile(chosen);
              form.setFieldValue('mapping', {});
              reset();
            }}
          />
          <Button type="submit" loading={busy && !preview} disabled={busy}>
            {t('finance.ledger.check')}
          </Button>
        </Group>
      </Form>
      {file && (
        <Text size="sm" c="dimmed">
          {t('finance.ledger.chosen', { name: file.name })}
        </Text>
      )}
      <UploadProgress fraction={upload.progress} />
      <ErrorAlert error={upload.error} />
      <FieldErrorsTable fields={upload.lineErrors} caption={t('finance.ledger.errorsCaption')} />
      {preview?.existing && (
        <Alert color="blue" variant="light">
          {t('finance.ledger.existing', { year: preview.existing.year, version: preview.existing.version })}
        </Alert>
      )}
      {preview && (
        <LedgerPreviewView
          preview={preview}
          mapping={mapping}
          onMapping={changeMapping}
          accounts={accounts.data?.items ?? []}
          choices={choices}
          onChoice={(code, choice) => form.setFieldValue('choices', { ...choices, [code]: choice })}
          editable={!busy}
        />
      )}
      {preview && (
        <Group>
          <Button
            onClick={() => void runImport(false)}
            disabled={busy || preview.errorCount > 0 || unresolved}
            loading={busy}
          >
            {t('finance.ledger.import')}
          </Button>
          {preview.errorCount > 0 && (
            <Text size="sm" c="red.8">
              {t('finance.ledger.fixFirst')}
            </Text>
          )}
        </Group>
      )}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={t('finance.ledger.replaceTitle')}>
        <Stack>
          <Text>{confirm}</Text>
          <Text>{t('finance.ledger.replaceText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={() => void runImport(true)}>
              {t('finance.ledger.replace')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
