import { Alert, Badge, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { formatNumber } from '../../format.ts';
import { money } from '../format.ts';
import { recognizeHeader } from '../../../modules/finance/logic/ledger-headers.ts';
import { fieldOptions, incomeTypeOptions, localized } from '../labels.ts';
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
  const unknown = new Set(preview.unknownHeaders);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Text>
          {t('finance.ledger.lines')}: <b>{formatNumber(preview.lines)}</b>
        </Text>
        <Text>
          {t('finance.ledger.debit')}: <b>{money(preview.totals.debitCents)}</b>
        </Text>
        <Text>
          {t('finance.ledger.credit')}: <b>{money(preview.totals.creditCents)}</b>
        </Text>
      </SimpleGrid>
      {!preview.balanced && preview.balanceRequired && (
        <Alert color="orange" variant="light" title={t('finance.ledger.unbalancedTitle')}>
          {t('finance.ledger.unbalanced', {
            diff: money(Math.abs(preview.totals.debitCents - preview.totals.creditCents)),
          })}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('finance.ledger.columns')}
        </Title>
        {preview.unknownHeaders.length > 0 && <Text size="sm">{t('finance.ledger.columnsHelp')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {preview.headers.map((header) => (
            <Select
              key={header}
              label={
                <Group gap={6} component="span">
                  <span>{t('finance.ledger.columnLabel', { header })}</span>
                  {unknown.has(header) && (
                    <Badge size="xs" color="orange">
                      {t('finance.ledger.unknownBadge')}
                    </Badge>
                  )}
                </Group>
              }
              aria-label={t('finance.ledger.columnLabel', { header })}
              data={fieldOptions(t)}
              value={mapping[header] ?? recognizeHeader(header) ?? 'ignore'}
              onChange={(value) => value && onMapping(header, value as LedgerFieldChoice)}
              allowDeselect={false}
              readOnly={!editable}
            />
          ))}
        </SimpleGrid>
      </Stack>
      {preview.unknownAccounts.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('finance.ledger.unknownAccounts', { count: preview.unknownAccounts.length })}
          </Title>
          <Text size="sm">{t('finance.ledger.unknownAccountsHelp')}</Text>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finance.ledger.fileAccount')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.linesShort')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.mapTo')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.newName')}</Table.Th>
                  <Table.Th scope="col">{t('finance.accounts.incomeType')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.unknownAccounts.map((account) => {
                  const choice = choices[account.code] ?? {
                    target: NEW_ACCOUNT,
                    name: account.description,
                    incomeType: null,
                  };
                  const isNew = choice.target === NEW_ACCOUNT;
                  return (
                    <Table.Tr key={account.code}>
                      <Table.Th scope="row" fw={500}>
                        {account.code}{' '}
                        <Text span size="sm" c="dimmed">
                          {account.description}
                        </Text>
                      </Table.Th>
                      <Table.Td>{formatNumber(account.lines)}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('finance.ledger.mapToOf', { code: account.code })}
                          data={accountOptions}
                          value={choice.target}
                          searchable
                          limit={50}
                          onChange={(value) => onChoice(account.code, { ...choice, target: value })}
                          readOnly={!editable}
                        />
                      </Table.Td>
                      <Table.Td>
                        {isNew && (
                          <TextInput
                            aria-label={t('finance.ledger.newNameOf', { code: account.code })}
                            value={choice.name}
                            onChange={(e) => onChoice(account.code, { ...choice, name: e.currentTarget.value })}
                            readOnly={!editable}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {isNew && account.code.startsWith('7') && (
                          <Select
                            aria-label={t('finance.ledger.incomeTypeOf', { code: account.code })}
                            data={incomeTypeOptions(t)}
                            value={choice.incomeType}
                            onChange={(value) => onChoice(account.code, { ...choice, incomeType: value })}
                            readOnly={!editable}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {preview.errorCount > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4" c="red.8">
            {t('finance.ledger.errorsTitle', { count: preview.errorCount })}
          </Title>
          <DataTable
            caption={t('finance.ledger.errorsCaption')}
            rows={preview.errors.map((error, index) => ({ ...error, index }))}
            rowKey={(error) => String(error.index)}
            columns={[
              { key: 'line', header: t('finance.ledger.line'), value: (error) => error.line || null },
              { key: 'column', header: t('finance.ledger.column'), value: (error) => error.column },
              { key: 'reason', header: t('finance.ledger.reason'), value: (error) => localized(error) },
            ]}
            minWidth={520}
            maxHeight={400}
          />
          {preview.errorCount > preview.errors.length && (
            <Text size="sm">
              {t('finance.ledger.moreErrors', { count: preview.errorCount - preview.errors.length })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
