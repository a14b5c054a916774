import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { formatDate } from '../../format.ts';
import { kpiCalls, type Kpi, type Target } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';
import { formatKpiValue } from './kpi-format.ts';
import { thisYear } from '../../../lib/calendar.ts';

const empty = () => ({
  validFrom: `${thisYear()}-01-01`,
  validTo: '',
  target: '' as number | string,
  redThreshold: '' as number | string,
});

/** Targets over time: the one valid on a period's first day applies; a new one can start any day. */
export function TargetsEditor({
  orgId,
  kpi,
  targets,
  canEdit,
}: {
  orgId: string;
  kpi: Kpi;
  targets: Target[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: empty() });
  const add = useMutation({
    mutationFn: (v: typeof form.values) =>
      kpiCalls.addTarget(orgId, kpi.id, {
        validFrom: v.validFrom,
        validTo: v.validTo || null,
        target: v.target === '' ? '' : Number(v.target),
        redThreshold: v.redThreshold === '' ? '' : Number(v.redThreshold),
      }),
    onSuccess: async () => {
      form.setValues(empty());
      await refreshPerformance(orgId);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => kpiCalls.deleteTarget(orgId, kpi.id, id),
    onSuccess: () => refreshPerformance(orgId),
  });
  const fmt = (n: number) => formatKpiValue(n, kpi.unit, kpi.decimals);
  const columns: Column<Target>[] = [
    { key: 'validFrom', header: t('performance.targets.validFrom'), value: (x) => x.validFrom, format: 'date' },
    { key: 'validTo', header: t('performance.targets.validTo'), value: (x) => x.validTo, format: 'date' },
    {
      key: 'target',
      header: t('performance.targets.target'),
      value: (x) => x.target,
      render: (x) => fmt(x.target),
      align: 'right',
    },
    {
      key: 'red',
      header: t('performance.targets.red'),
      value: (x) => x.redThreshold,
      render: (x) => fmt(x.redThreshold),
      align: 'right',
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('performance.targets.actions'),
      render: (x) => (
        <RowButton
          label={t('performance.targets.removeOf', { from: formatDate(x.validFrom) })}
          onClick={() => remove.mutate(x.id)}
          color="red"
          size="compact-xs"
        >
          {t('performance.targets.remove')}
        </RowButton>
      ),
    });
  }
  const date = (name: 'validFrom' | 'validTo') => ({
    value: form.values[name],
    onChange: (value: string) => form.setFieldValue(name, value),
    error: form.errors[name],
  });
  return (
    <>
      <DataTable
        caption={t(`performance.targets.caption.${kpi.direction}`)}
        rows={targets}
        rowKey={(x) => x.id}
        columns={columns}
        empty={t('performance.targets.none')}
        initialSort={{ key: 'validFrom', direction: 'ascending' }}
        minWidth={400}
        striped
      />
      {canEdit && (
        <Form onSubmit={form.onSubmit((values) => add.mutate(values))}>
          <Group align="end" gap="sm">
            <DateField label={t('performance.targets.validFrom')} {...date('validFrom')} w={170} />
            <DateField label={t('performance.targets.validTo')} {...date('validTo')} w={170} />
            <NumberField label={t('performance.targets.target')} {...form.getInputProps('target')} w={140} />
            <NumberField label={t('performance.targets.red')} {...form.getInputProps('redThreshold')} w={140} />
            <Button type="submit" loading={add.isPending}>
              {t('performance.targets.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </Form>
      )}
    </>
  );
}
