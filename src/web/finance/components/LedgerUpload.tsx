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
import { FileField } from '../../components/FileField.tsx';
import { type AccountChoice, LedgerPreviewView, NEW_ACCOUNT } from './LedgerPreviewView.tsx';
import { UploadProgress } from './UploadProgress.tsx';

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
  const [year, setYear] = useState(String(defaultYear));
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, LedgerFieldChoice>>({});
  const [choices, setChoices] = useState<Record<string, AccountChoice>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const accounts = useQuery(accountsQuery(orgId));
  const remembered = useQuery(mappingQuery(orgId));
  const busy = progress !== null;

  const reset = () => {
    setPreview(null);
    setError(null);
  };

  /** The form fields of both uploads: the year, the file and the chosen header mapping (when any). */
  const formFields = (file: File, withMapping = mapping) => {
    const chosen = Object.keys(withMapping).length ? withMapping : mapping;
    return { file, year: Number(year), ...(Object.keys(chosen).length ? { mapping: JSON.stringify(chosen) } : {}) };
  };

  const check = async (withMapping = mapping) => {
    if (!file) {
      setFileError(t('finance.upload.chooseFile'));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const answer = await uploadTo(
        '/orgs/{orgId}/finance/ledger/preview',
        orgId,
        formFields(file, withMapping),
        setProgress,
      );
      setPreview(answer);
      setMapping({ ...answer.mapping });
      const known = remembered.data?.accounts ?? {};
      setChoices((current) => {
        const next: Record<string, AccountChoice> = {};
        for (const account of answer.unknownAccounts) {
          next[account.code] = current[account.code] ?? {
            target: known[account.code] ?? NEW_ACCOUNT,
            name: account.description || account.code,
            incomeType: account.code.startsWith('7') ? 'other' : null,
          };
        }
        return next;
      });
    } catch (caught) {
      setPreview(null);
      setError(caught);
    } finally {
      setProgress(null);
    }
  };

  const changeMapping = (header: string, field: LedgerFieldChoice) => {
    const next = { ...mapping, [header]: field };
    setMapping(next);
    void check(next);
  };

  const runImport = async (replace: boolean) => {
    if (!file || !preview) return;
    setConfirm(null);
    setError(null);
    setProgress(0);
    const accountMapping: Record<string, string> = {};
    const newAccounts: { code: string; name: string; incomeType: string | null }[] = [];
    for (const [code, choice] of Object.entries(choices)) {
      if (choice.target === NEW_ACCOUNT)
        newAccounts.push({ code, name: choice.name.trim() || code, incomeType: choice.incomeType });
      else if (choice.target) accountMapping[code] = choice.target;
    }
    try {
      const imported = await uploadTo(
        '/orgs/{orgId}/finance/ledger/import',
        orgId,
        {
          ...formFields(file),
          accountMapping: JSON.stringify(accountMapping),
          newAccounts: JSON.stringify(newAccounts),
          ...(replace ? { replace: 'true' as const } : {}),
        },
        setProgress,
      );
      await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
      notifications.show({
        color: 'teal',
        message: t('finance.ledger.imported', { year: imported.year, lines: imported.lines }),
      });
      setPreview(null);
      setFile(null);
      setFileKey((k) => k + 1);
      onImported(imported);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) setConfirm(caught.message);
      else setError(caught);
    } finally {
      setProgress(null);
    }
  };

  const unresolved = preview?.unknownAccounts.some((a) => !choices[a.code]?.target) ?? false;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Stack gap="md">
      <Group align="end" wrap="wrap">
        <Select
          label={t('finance.year')}
          data={years.map(String)}
          value={year}
          onChange={(value) => {
            if (value) setYear(value);
            reset();
          }}
          allowDeselect={false}
          w={130}
          disabled={busy}
        />
        <FileField
          key={fileKey}
          label={t('finance.ledger.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(chosen) => {
            setFile(chosen);
            setMapping({});
            reset();
          }}
          error={fileError}
          onError={setFileError}
          disabled={busy}
        />
        <Button onClick={() => void check()} loading={busy && !preview} disabled={busy}>
          {t('finance.ledger.check')}
        </Button>
      </Group>
      {file && (
        <Text size="sm" c="dimmed">
          {t('finance.ledger.chosen', { name: file.name })}
        </Text>
      )}
      <UploadProgress fraction={progress} />
      <ErrorAlert error={error} />
      <FieldErrorsTable fields={fields} caption={t('finance.ledger.errorsCaption')} />
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
          onChoice={(code, choice) => setChoices((current) => ({ ...current, [code]: choice }))}
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
