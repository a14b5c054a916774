import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { formatPointsE4 } from '../format.ts';
import type { CareLine, FundingType, Statement } from '../../../modules/clients/schema.ts';

const FUNDING: FundingType[] = ['voucher', 'cash', 'rth', 'other'];

/** A row of the totals table: a funding type (with points) or the woon- en leefkosten (euro only). */
interface TotalsRow {
  key: string;
  label: string;
  pointsE4?: number;
  organisationE4?: number;
  cents: number;
}

/** A column of points (four decimals); a row without points shows nothing. */
function pointsColumn<Row>(key: string, header: string, value: (row: Row) => number | undefined): Column<Row> {
  return {
    key,
    header,
    value,
    render: (row) => {
      const points = value(row);
      return points === undefined ? '' : formatPointsE4(points);
    },
    align: 'right',
    nowrap: true,
  };
}

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
    pointsColumn('points', t('clients.statements.points'), (l) => l.pointsE4),
    { key: 'cents', header: t('clients.statements.euro'), value: (l) => l.cents, format: 'moneyCents' },
    pointsColumn('orgPoints', t('clients.statements.orgPoints'), (l) => l.organisationE4),
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

/** Totals per funding type, woon- en leefkosten and the grand total, in this fixed order. */
export function TotalsTable({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const totals = statement.totalsByFunding;
  const rows: TotalsRow[] = [
    ...FUNDING.filter((f) => totals[f]).map((f) => ({
      key: f,
      label: t(`clients.statements.fundingTypes.${f}`),
      ...totals[f],
    })),
    { key: 'living', label: t('clients.statements.living'), cents: statement.livingTotalCents },
  ];
  const columns: Column<TotalsRow>[] = [
    { key: 'funding', header: t('clients.statements.funding'), value: (r) => r.label, rowHeader: true },
    pointsColumn('points', t('clients.statements.points'), (r) => r.pointsE4),
    pointsColumn('orgPoints', t('clients.statements.orgPoints'), (r) => r.organisationE4),
    { key: 'total', header: t('clients.statements.total'), value: (r) => r.cents, format: 'moneyCents' },
  ];
  return (
    <DataTable
      caption={t('clients.statements.totalsCaption', { month: statement.month })}
      rows={rows}
      rowKey={(r) => r.key}
      columns={columns.map((column) => ({ ...column, sortable: false }))}
      minWidth={560}
      footer={{
        funding: t('clients.statements.grandTotal'),
        total: (
          <Text span fw={700} fz="sm">
            {formatMoneyCents(statement.totalCents)}
          </Text>
        ),
      }}
    />
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
