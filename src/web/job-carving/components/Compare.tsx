import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';

/** The saved proposals side by side: hours, hours freed for care, cost and net effect per year. */
export function Compare({ proposals }: { proposals: Proposal[] }) {
  const { t } = useTranslation();
  const columns: Column<Proposal>[] = [
    { key: 'name', header: t('jobCarving.compare.name'), value: (p) => p.name, rowHeader: true },
    { key: 'function', header: t('jobCarving.compare.function'), value: (p) => p.functionName },
    { key: 'hours', header: t('jobCarving.compare.hours'), value: (p) => p.targetHours, format: 'number' },
    { key: 'care', header: t('jobCarving.compare.care'), value: (p) => p.effect.hoursFreedForCare, format: 'number' },
    { key: 'fte', header: t('jobCarving.compare.fte'), value: (p) => p.effect.fteFreedForCare, format: 'number' },
    {
      key: 'value',
      header: t('jobCarving.compare.value'),
      value: (p) => p.effect.valueMovedCents,
      format: 'moneyCents',
    },
    {
      key: 'cost',
      header: t('jobCarving.compare.cost'),
      value: (p) => p.effect.newFunctionCostCents,
      format: 'moneyCents',
    },
    { key: 'net', header: t('jobCarving.compare.net'), value: (p) => p.effect.netCents, format: 'moneyCents' },
  ];
  return (
    <DataTable
      caption={t('jobCarving.compare.caption')}
      rows={proposals}
      rowKey={(p) => p.id}
      columns={columns}
      empty={t('jobCarving.compare.empty')}
      minWidth={900}
    />
  );
}
