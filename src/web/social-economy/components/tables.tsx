import type { TFunction } from 'i18next';
import type { Agreement, Worker } from '../../../modules/social-economy/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';

export function scopeText(t: TFunction, a: Pick<Agreement, 'scopeUnit' | 'scopeAmount'>) {
  return t(`se.scopeValue.${a.scopeUnit}`, { value: formatNumber(a.scopeAmount) });
}

export function AgreementsTable({
  rows,
  href,
  showCost,
}: {
  rows: Agreement[];
  href: (path: string) => string;
  showCost: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column<Agreement>[] = [
    linkColumn<Agreement>({
      key: 'title',
      header: t('se.agreements.titleField'),
      text: (a) => a.title,
      to: (a) => href(`social-economy/agreements/${a.id}`),
    }),
    { key: 'partner', header: t('se.agreements.partner'), value: (a) => a.partnerName },
    { key: 'scope', header: t('se.agreements.scope'), value: (a) => scopeText(t, a) },
    { key: 'start', header: t('se.agreements.startOn'), value: (a) => a.startOn, format: 'date' },
    { key: 'end', header: t('se.agreements.endOn'), value: (a) => a.effectiveEndOn, format: 'date' },
    { key: 'workers', header: t('se.agreements.workers'), value: (a) => a.workers, format: 'integer' },
    ...(showCost
      ? [
          {
            key: 'cost',
            header: t('se.agreements.yearCost'),
            value: (a: Agreement) => a.yearCostCents,
            format: 'moneyCents' as const,
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('se.agreements.caption')}
      rows={rows}
      rowKey={(a) => a.id}
      columns={columns}
      empty={t('se.agreements.empty')}
    />
  );
}

export function WorkersTable({ rows, href }: { rows: Worker[]; href: (path: string) => string }) {
  const { t } = useTranslation();
  const columns: Column<Worker>[] = [
    linkColumn<Worker>({
      key: 'name',
      header: t('se.workers.name'),
      text: (w) => w.name,
      to: (w) => href(`social-economy/workers/${w.id}`),
    }),
    { key: 'partner', header: t('se.workers.partner'), value: (w) => w.partnerName },
    { key: 'agreement', header: t('se.workers.agreement'), value: (w) => w.agreementTitle },
    { key: 'language', header: t('se.workers.language'), value: (w) => w.languageLevel },
    {
      key: 'phase',
      header: t('se.workers.phase'),
      value: (w) => (w.currentPhase ? t(`se.phase.${w.currentPhase}`) : null),
    },
    { key: 'worked', header: t('se.workers.hoursWorked'), value: (w) => w.hoursWorked, format: 'number' },
    { key: 'coached', header: t('se.workers.hoursCoached'), value: (w) => w.hoursCoached, format: 'number' },
    { key: 'deadline', header: t('se.workers.deadline'), value: (w) => w.transitionDeadline, format: 'date' },
  ];
  return (
    <DataTable
      caption={t('se.workers.caption')}
      rows={rows}
      rowKey={(w) => w.id}
      columns={columns}
      empty={t('se.workers.empty')}
    />
  );
}
