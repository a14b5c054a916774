import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_TYPES } from '../../../modules/finance/logic/chart.ts';
import { formatMoneyCents } from '../../format.ts';
import { money, percent } from '../format.ts';
import { incomeTypeLabel } from '../labels.ts';
import type { CostPriceReport, IncomeMix as Mix } from '../../../modules/finance/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { moneyAxis, valueAxis } from '../../chartFormat.ts';

const COLORS = ['#0b7285', '#1c7ed6', '#4dabf7', '#f08c00', '#2f9e44', '#ae3ec9', '#e64980', '#868e96'];

/** Income per type for every service and the organisation: a stacked bar chart and its table. */
export function IncomeMix({ report }: { report: CostPriceReport }) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const list: { name: string; mix: Mix | null }[] = report.services.map((s) => ({ name: s.name, mix: s.incomeMix }));
    list.push({ name: t('finance.cost.organisation'), mix: report.organisation.incomeMix });
    return list;
  }, [report, t]);
  const types = INCOME_TYPES.filter((type) => rows.some((r) => (r.mix?.byType[type]?.cents ?? 0) !== 0));
  const option = useMemo(
    () => ({
      color: COLORS,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: number) => formatMoneyCents(Math.round(v * 100)),
      },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { interval: 0, width: 110, overflow: 'break' },
      },
      yAxis: valueAxis(moneyAxis),
      series: types.map((type) => ({
        type: 'bar',
        stack: 'mix',
        name: incomeTypeLabel(t, type),
        data: rows.map((r) => (r.mix?.byType[type]?.cents ?? 0) / 100),
      })),
    }),
    [rows, types, t],
  );
  type Row = { name: string; mix: Mix | null };
  const part = (r: Row, type: (typeof types)[number]) => {
    const found = r.mix?.byType[type];
    const share = found?.share !== null && found?.share !== undefined && found.cents !== 0;
    return share ? `${money(found.cents)} (${percent(found.share, 0)})` : money(found?.cents ?? 0);
  };
  const columns: Column<Row>[] = [
    { key: 'name', header: t('finance.cost.service'), value: (r) => r.name, rowHeader: true },
    ...types.map(
      (type): Column<Row> => ({
        key: type,
        header: incomeTypeLabel(t, type),
        value: (r) => r.mix?.byType[type]?.cents ?? 0,
        render: (r) => part(r, type),
        align: 'right',
        nowrap: true,
      }),
    ),
    { key: 'income', header: t('finance.cost.income'), value: (r) => r.mix?.totalCents ?? 0, format: 'moneyCents' },
    {
      key: 'government',
      header: t('finance.cost.government'),
      value: (r) => r.mix?.governmentShare,
      render: (r) => percent(r.mix?.governmentShare),
      align: 'right',
      nowrap: true,
    },
  ];
  const total = rows.at(-1)!;
  const footer = Object.fromEntries(columns.map((column) => [column.key, column.render?.(total) ?? null]));
  return (
    <>
      {types.length > 0 && <EChart option={option} label={t('finance.cost.mixLabel')} height={340} />}
      <DataTable
        caption={t('finance.cost.mixCaption')}
        rows={rows.slice(0, -1)}
        rowKey={(r) => r.name}
        columns={columns}
        minWidth={200 + 130 * (types.length + 2)}
        footer={{ ...footer, name: total.name, income: money(total.mix?.totalCents ?? 0) }}
      />
    </>
  );
}
