import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_TYPES } from '../../../modules/finance/logic/chart.ts';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { money, percent } from '../format.ts';
import { incomeTypeLabel } from '../labels.ts';
import type { CostPriceReport, IncomeMix as Mix } from '../../../modules/finance/schema.ts';
import { EChart } from '../../components/EChart.tsx';

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
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `€ ${formatNumber(v / 1000, 0)}k` } },
      series: types.map((type) => ({
        type: 'bar',
        stack: 'mix',
        name: incomeTypeLabel(t, type),
        data: rows.map((r) => (r.mix?.byType[type]?.cents ?? 0) / 100),
      })),
    }),
    [rows, types, t],
  );
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  return (
    <>
      {types.length > 0 && <EChart option={option} label={t('finance.cost.mixLabel')} height={340} />}
      <Table.ScrollContainer minWidth={200 + 130 * (types.length + 2)}>
        <Table striped verticalSpacing={4}>
          <Table.Caption>{t('finance.cost.mixCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('finance.cost.service')}</Table.Th>
              {types.map((type) => (
                <Table.Th scope="col" key={type} style={right}>
                  {incomeTypeLabel(t, type)}
                </Table.Th>
              ))}
              <Table.Th scope="col" style={right}>
                {t('finance.cost.income')}
              </Table.Th>
              <Table.Th scope="col" style={right}>
                {t('finance.cost.government')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.name}>
                <Table.Th scope="row" fw={500}>
                  {r.name}
                </Table.Th>
                {types.map((type) => {
                  const part = r.mix?.byType[type];
                  return (
                    <Table.Td key={type} style={right}>
                      {money(part?.cents ?? 0)}
                      {part?.share !== null && part?.share !== undefined && part.cents !== 0 && (
                        <> ({percent(part.share, 0)})</>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td style={right}>{money(r.mix?.totalCents ?? 0)}</Table.Td>
                <Table.Td style={right}>{percent(r.mix?.governmentShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
