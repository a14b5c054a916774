import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { financeKey } from '../api.ts';
import { money } from '../format.ts';
import type { CompareRow, LedgerImport } from '../../../modules/finance/schema.ts';

/** Totals per account of two versions of a year's ledger (a = previous, b = current, diff = b − a); changed rows only. */
export function LedgerCompare({
  orgId,
  current,
  previous,
}: {
  orgId: string;
  current: LedgerImport;
  previous: LedgerImport;
}) {
  const { t } = useTranslation();
  const compare = useQuery({
    queryKey: [...financeKey(orgId), 'compare', current.id, previous.id],
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/finance/ledger/imports/{importId}/compare', {
          params: { path: { orgId, importId: previous.id }, query: { with: current.id } },
        }),
      ),
  });
  if (!compare.data) return <QueryState error={compare.error} inline />;
  const changed = compare.data.rows.filter((row) => row.diffCents !== 0);
  if (changed.length === 0) return <Text>{t('finance.ledger.noDifferences')}</Text>;
  const columns: Column<CompareRow>[] = [
    { key: 'account', header: t('finance.accounts.code'), value: (row) => row.account, rowHeader: true },
    { key: 'name', header: t('finance.accounts.name'), value: (row) => row.name },
    {
      key: 'a',
      header: t('finance.ledger.versionN', { version: previous.version }),
      value: (row) => row.aCents,
      format: 'moneyCents',
    },
    {
      key: 'b',
      header: t('finance.ledger.versionN', { version: current.version }),
      value: (row) => row.bCents,
      format: 'moneyCents',
    },
    {
      key: 'diff',
      header: t('finance.ledger.difference'),
      value: (row) => row.diffCents,
      format: 'moneyCents',
      render: (row) => (
        <Text span inherit c={row.diffCents < 0 ? 'red.8' : undefined}>
          {money(row.diffCents)}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('finance.ledger.compareCaption', {
        year: current.year,
        a: current.version,
        b: previous.version,
        count: changed.length,
      })}
      rows={changed}
      rowKey={(row) => row.account}
      columns={columns}
      minWidth={640}
      maxHeight={480}
    />
  );
}
