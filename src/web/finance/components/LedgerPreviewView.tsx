import { Alert, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnMapping } from '../../components/ColumnMapping.tsx';
import { PreviewErrors } from '../../components/PreviewErrors.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatNumber } from '../../format.ts';
import { money } from '../format.ts';
import { recognizeHeader } from '../../../modules/finance/logic/ledger-headers.ts';
import { fieldOptions, incomeTypeOptions } from '../labels.ts';
import type { Account, LedgerFieldChoice, LedgerPreview } from '../../../modules/finance/schema.ts';

export const NEW_ACCOUNT = '__new';

export interface AccountChoice {
  target: string | null;
  name: string;
  incomeType: string | null;
}

interface Props {
  preview: LedgerPreview;
  mapping: Record<string, LedgerFieldChoice>;
  onMapping: (header: string, field: LedgerFieldChoice) => void;
  accounts: Account[];
  choices: Record<string, AccountChoice>;
  onChoice: (code: string, choice: AccountChoice) => void;
  editable: boolean;
}

/** What the server found in the file: columns (with the mapping step), unknown accounts, errors, totals. */
export function LedgerPreviewView({ preview, mapping, onMapping, accounts, choices, onChoice, editable }: Props) {
  const { t } = useTranslation();
  const accountOptions = [
    { value: NEW_ACCOUNT, label: t('finance.ledger.newAccount') },
    ...accounts.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })),
  ];
  type Unknown = LedgerPreview['unknownAccounts'][number];
  const choiceOf = (account: Unknown): AccountChoice =>
    choices[account.code] ?? { target: NEW_ACCOUNT, name: account.description, incomeType: null };
  const isNew = (account: Unknown) => choiceOf(account).target === NEW_ACCOUNT;
  const accountColumns: Column<Unknown>[] = [
    {
      key: 'account',
      header: t('finance.ledger.fileAccount'),
      value: (account) => account.code,
      rowHeader: true,
      render: (account) => (
        <>
          {account.code}{' '}
          <Text span size="sm" c="dimmed">
            {account.description}
          </Text>
        </>
      ),
    },
    { key: 'lines', header: t('finance.ledger.linesShort'), value: (account) => account.lines, format: 'integer' },
    {
      key: 'mapTo',
      header: t('finance.ledger.mapTo'),
      render: (account) => (
        <Select
          aria-label={t('finance.ledger.mapToOf', { code: account.code })}
          data={accountOptions}
          value={choiceOf(account).target}
          searchable
          limit={50}
          onChange={(value) => onChoice(account.code, { ...choiceOf(account), target: value })}
          readOnly={!editable}
        />
      ),
    },
    {
      key: 'newName',
      header: t('finance.ledger.newName'),
      render: (account) =>
        isNew(account) && (
          <TextInput
            aria-label={t('finance.ledger.newNameOf', { code: account.code })}
            value={choiceOf(account).name}
            onChange={(e) => onChoice(account.code, { ...choiceOf(account), name: e.currentTarget.value })}
            readOnly={!editable}
          />
        ),
    },
    {
      key: 'incomeType',
      header: t('finance.accounts.incomeType'),
      render: (account) =>
        isNew(account) &&
        account.code.startsWith('7') && (
          <Select
            aria-label={t('finance.ledger.incomeTypeOf', { code: account.code })}
            data={incomeTypeOptions(t)}
            value={choiceOf(account).incomeType}
            onChange={(value) => onChoice(account.code, { ...choiceOf(account), incomeType: value })}
            readOnly={!editable}
          />
        ),
    },
  ];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text>
          {t('finance.ledger.lines')}:{' '}
          {preview.fileLines > preview.lines ? (
            <b>
              {t('finance.ledger.linesOfFile', {
                lines: formatNumber(preview.lines),
                file: formatNumber(preview.fileLines),
              })}
            </b>
          ) : (
            <b>{formatNumber(preview.lines)}</b>
          )}
        </Text>
        <Text>
          {t('finance.ledger.debit')}: <b>{money(preview.totals.debitCents)}</b>
        </Text>
        <Text>
          {t('finance.ledger.credit')}: <b>{money(preview.totals.creditCents)}</b>
        </Text>
      </SimpleGrid>
      {preview.fileLines > preview.lines && (
        <Alert color="orange" variant="light" role="status">
          {t('finance.ledger.leftOut', { count: preview.fileLines - preview.lines })}
        </Alert>
      )}
      {!preview.balanced && preview.balanceRequired && (
        <Alert color="orange" variant="light" title={t('finance.ledger.unbalancedTitle')}>
          {t('finance.ledger.unbalanced', {
            diff: money(Math.abs(preview.totals.debitCents - preview.totals.creditCents)),
          })}
        </Alert>
      )}
      <ColumnMapping<LedgerFieldChoice>
        headers={preview.headers}
        unknownHeaders={preview.unknownHeaders}
        options={fieldOptions(t)}
        valueOf={(header) => mapping[header] ?? recognizeHeader(header) ?? 'ignore'}
        onChange={onMapping}
        editable={editable}
        texts={{
          title: t('finance.ledger.columns'),
          help: t('finance.ledger.columnsHelp'),
          label: (header) => t('finance.ledger.columnLabel', { header }),
          unknown: t('finance.ledger.unknownBadge'),
        }}
      />
      {preview.unknownAccounts.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('finance.ledger.unknownAccounts', { count: preview.unknownAccounts.length })}
          </Title>
          <Text size="sm">{t('finance.ledger.unknownAccountsHelp')}</Text>
          <DataTable
            caption={t('finance.ledger.unknownAccounts', { count: preview.unknownAccounts.length })}
            rows={preview.unknownAccounts}
            rowKey={(account) => account.code}
            columns={accountColumns}
            minWidth={760}
            striped={false}
          />
        </Stack>
      )}
      <PreviewErrors preview={preview} texts="finance.ledger" />
    </Stack>
  );
}
