import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { formatPointsE4 } from '../format.ts';
import type { CareLine, FundingType, Statement } from '../../../modules/clients/schema.ts';

const FUNDING: FundingType[] = ['voucher', 'cash', 'rth', 'other'];
const R = { ta: 'right' as const, ff: 'monospace' };

/** The price(s) per unit a line was valued at, one per row: "0,1000 (IDO)", with units when the price changed in the month. */
function AppliedPrices({ line }: { line: CareLine }) {
  const { t } = useTranslation();
  const prices = (line.prices ?? []).filter((p) => p.priceE4 !== null);
  if (prices.length === 0) return <>—</>;
  return (
    <>
      {prices.map((p) => (
        <div key={`${p.priceE4}-${p.source}`}>
          {formatPointsE4(p.priceE4!)}
          {p.source ? ` (${t(`clients.statements.priceSources.${p.source}`)})` : ''}
          {prices.length > 1 ? ` × ${formatNumber(p.units)}` : ''}
        </div>
      ))}
    </>
  );
}

/** Care lines (and corrections of earlier months, marked) per client and function. */
export function CareLinesTable({
  lines,
  caption,
  nameOf,
  fnName,
}: {
  lines: CareLine[];
  caption: string;
  nameOf: (id: string) => string;
  fnName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const rows = lines.map((line, i) => ({
    ...line,
    key: `${line.month}-${line.clientId}-${line.function}-${line.funding}-${i}`,
  }));
  type Row = (typeof rows)[number];
  const points = (key: string, header: string, value: (l: Row) => number): Column<Row> => ({
    key,
    header,
    value,
    render: (l) => formatPointsE4(value(l)),
    align: 'right',
    nowrap: true,
  });
  const columns: Column<Row>[] = [
    {
      key: 'client',
      header: t('clients.statements.client'),
      value: (l) => nameOf(l.clientId),
      rowHeader: true,
      render: (l) => (
        <>
          {nameOf(l.clientId)}{' '}
          {l.correction && (
            <Badge color="orange" variant="light" size="sm">
              {t('clients.statements.correctionOf', { month: l.month })}
            </Badge>
          )}
        </>
      ),
    },
    { key: 'function', header: t('clients.statements.function'), value: (l) => fnName(l.function) },
    {
      key: 'funding',
      header: t('clients.statements.funding'),
      value: (l) => t(`clients.statements.fundingTypes.${l.funding}`),
    },
    { key: 'units', header: t('clients.statements.units'), value: (l) => l.units, format: 'number' },
    {
      key: 'price',
      header: t('clients.statements.price'),
      render: (l) => <AppliedPrices line={l} />,
      align: 'right',
      nowrap: true,
    },
    points('points', t('clients.statements.points'), (l) => l.pointsE4),
    { key: 'cents', header: t('clients.statements.euro'), value: (l) => l.cents, format: 'moneyCents' },
    points('orgPoints', t('clients.statements.orgPoints'), (l) => l.organisationE4),
    {
      key: 'orgCents',
      header: t('clients.statements.orgEuro'),
      value: (l) => l.organisationCents,
      format: 'moneyCents',
    },
    {
      key: 'total',
      header: t('clients.statements.total'),
      value: (l) => l.totalCents,
      render: (l) => (
        <Text span fw={600} fz="sm">
          {formatMoneyCents(l.totalCents)}
        </Text>
      ),
      align: 'right',
      nowrap: true,
    },
  ];
  return <DataTable caption={caption} rows={rows} rowKey={(l) => l.key} columns={columns} minWidth={1080} />;
}

/** Totals per funding type, woon- en leefkosten and the grand total. */
export function TotalsTable({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const totals = statement.totalsByFunding;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} withTableBorder>
        <Table.Caption>{t('clients.statements.totalsCaption', { month: statement.month })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.statements.funding')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.points')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.orgPoints')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FUNDING.filter((f) => totals[f]).map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row">{t(`clients.statements.fundingTypes.${f}`)}</Table.Th>
              <Table.Td {...R}>{formatPointsE4(totals[f].pointsE4)}</Table.Td>
              <Table.Td {...R}>{formatPointsE4(totals[f].organisationE4)}</Table.Td>
              <Table.Td {...R}>{formatMoneyCents(totals[f].cents)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('clients.statements.living')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td {...R}>{formatMoneyCents(statement.livingTotalCents)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('clients.statements.grandTotal')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td {...R} fw={700}>
              {formatMoneyCents(statement.totalCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Woon- en leefkosten per client. */
export function LivingTable({ statement, nameOf }: { statement: Statement; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const rows = statement.livingLines.map((line, i) => ({ ...line, key: `${line.clientId}-${i}` }));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'client', header: t('clients.statements.client'), value: (l) => nameOf(l.clientId), rowHeader: true },
    {
      key: 'tariff',
      header: t('clients.statements.tariff'),
      value: (l) => l.tariffCents,
      render: (l) => `${formatMoneyCents(l.tariffCents)} ${t(`clients.agreements.livingPer.${l.per}`)}`,
      align: 'right',
      nowrap: true,
    },
    { key: 'quantity', header: t('clients.statements.quantity'), value: (l) => l.quantity, format: 'number' },
    { key: 'total', header: t('clients.statements.total'), value: (l) => l.totalCents, format: 'moneyCents' },
  ];
  return (
    <DataTable
      caption={t('clients.statements.livingCaption')}
      rows={rows}
      rowKey={(l) => l.key}
      columns={columns}
      minWidth={560}
    />
  );
}
