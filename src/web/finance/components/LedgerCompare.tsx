import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { financeKey } from '../api.ts';
import { money } from '../format.ts';
import type { LedgerImport } from '../../../modules/finance/schema.ts';

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
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  if (changed.length === 0) return <Text>{t('finance.ledger.noDifferences')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640} mah={480}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>
          {t('finance.ledger.compareCaption', {
            year: current.year,
            a: current.version,
            b: previous.version,
            count: changed.length,
          })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('finance.accounts.code')}</Table.Th>
            <Table.Th scope="col">{t('finance.accounts.name')}</Table.Th>
            <Table.Th scope="col" style={right}>
              {t('finance.ledger.versionN', { version: previous.version })}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('finance.ledger.versionN', { version: current.version })}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('finance.ledger.difference')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changed.map((row) => (
            <Table.Tr key={row.account}>
              <Table.Td>{row.account}</Table.Td>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td style={right}>{money(row.aCents)}</Table.Td>
              <Table.Td style={right}>{money(row.bCents)}</Table.Td>
              <Table.Td style={right} c={row.diffCents < 0 ? 'red.8' : undefined}>
                {money(row.diffCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
