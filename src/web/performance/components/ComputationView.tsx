import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../format.ts';
import type { KpiValue } from '../kpi-api.ts';
import { textOf } from './kpi-format.ts';

/** How a computed KPI value came about: when, from which sources, its formula and the inputs of the period. */
export function ComputationView({ value, lang }: { value: KpiValue; lang: string }) {
  const { t } = useTranslation();
  const c = value.computation!;
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('performance.computation.computedFrom', {
          at: formatDateTime(c.computedAt),
          sources: c.sources.map((s) => t(`performance.sources.${s}`)).join(', '),
        })}
      </Text>
      <Text size="sm">
        <b>{t('performance.computation.formula')}:</b> {textOf(c.formula, lang)}
      </Text>
      <DataTable
        caption={t('performance.computation.inputs', {
          period: value.period,
          from: formatDate(c.from),
          to: formatDate(c.to),
        })}
        rows={c.inputs.map((input, index) => ({ ...input, index }))}
        rowKey={(i) => String(i.index)}
        columns={[
          { key: 'input', header: t('performance.computation.input'), value: (i) => textOf(i.label, lang) },
          {
            key: 'value',
            header: t('performance.computation.value'),
            value: (i) => i.value,
            align: 'right',
            render: (i) => (i.unit === 'euro' ? `€ ${formatNumber(i.value, 2)}` : formatNumber(i.value, 4)),
          },
          {
            key: 'source',
            header: t('performance.computation.source'),
            value: (i) => t(`performance.sources.${i.source}`),
          },
        ]}
        minWidth={0}
      />
      {c.remark && (
        <Text size="xs" c="dimmed">
          {textOf(c.remark, lang)}
        </Text>
      )}
    </Stack>
  );
}
