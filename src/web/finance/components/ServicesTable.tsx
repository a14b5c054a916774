import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { coverageColor, money, percent } from '../format.ts';
import { unitLabel } from '../labels.ts';
import type { CostPriceReport } from '../../../modules/finance/schema.ts';

/** Coverage as a percentage, red below 100 %, with the words for colour-blind readers. */
export function Coverage({ value, size = 'sm' }: { value: number | null; size?: string }) {
  const { t } = useTranslation();
  if (value === null) return <>—</>;
  return (
    <Text
      component="span"
      c={coverageColor(value)}
      fw={600}
      fz={size === 'sm' ? 'sm' : 'inherit'}
      title={value < 1 ? t('finance.cost.under') : t('finance.cost.over')}
    >
      {percent(value)}
    </Text>
  );
}

/** Cost price per service, with the organisation's totals row; `compact` leaves out the income columns (overview). */
export function ServicesTable({ report, compact = false }: { report: CostPriceReport; compact?: boolean }) {
  const { t } = useTranslation();
  type Service = CostPriceReport['services'][number];
  const all: (Column<Service> & { full?: boolean })[] = [
    { key: 'name', header: t('finance.cost.service'), value: (s) => s.name, rowHeader: true },
    { key: 'unit', header: t('finance.cost.unit'), value: (s) => unitLabel(t, s.unit) },
    { key: 'volume', header: t('finance.cost.volume'), value: (s) => s.volume, format: 'number' },
    { key: 'direct', header: t('finance.cost.direct'), value: (s) => s.directCents, format: 'moneyCents', full: true },
    {
      key: 'indirect',
      header: t('finance.cost.indirect'),
      value: (s) => s.indirectCents,
      format: 'moneyCents',
      full: true,
    },
    { key: 'total', header: t('finance.cost.total'), value: (s) => s.totalCents, format: 'moneyCents' },
    { key: 'perUnit', header: t('finance.cost.perUnit'), value: (s) => s.costPerUnitCents, format: 'moneyCents' },
    {
      key: 'incomePerUnit',
      header: t('finance.cost.incomePerUnit'),
      value: (s) => s.incomePerUnitCents,
      format: 'moneyCents',
      full: true,
    },
    {
      key: 'pricePerUnit',
      header: t('finance.cost.pricePerUnit'),
      value: (s) => s.pricePerUnitCents,
      format: 'moneyCents',
      full: true,
    },
    {
      key: 'coverage',
      header: t('finance.cost.coverage'),
      value: (s) => s.coverage,
      render: (s) => <Coverage value={s.coverage} />,
      align: 'right',
      nowrap: true,
    },
  ];
  return (
    <DataTable
      caption={t('finance.cost.servicesCaption', { year: report.year })}
      rows={report.services}
      rowKey={(s) => s.code}
      columns={all.filter((column) => !compact || !column.full)}
      minWidth={compact ? 640 : 1100}
      footer={{
        name: t('finance.cost.organisation'),
        total: money(report.organisation.totalCostCents),
        coverage: <Coverage value={report.organisation.coverage} />,
      }}
    />
  );
}
