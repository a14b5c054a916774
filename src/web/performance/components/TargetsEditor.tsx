import { Button, Group, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
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
  const [v, setV] = useState(empty);
  const add = useMutation({
    mutationFn: () =>
      kpiCalls.addTarget(orgId, kpi.id, {
        validFrom: v.validFrom,
        validTo: v.validTo || null,
        target: v.target === '' ? '' : Number(v.target),
        redThreshold: v.redThreshold === '' ? '' : Number(v.redThreshold),
      }),
    onSuccess: async () => {
      setV(empty());
      await refreshPerformance(orgId);
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => kpiCalls.deleteTarget(orgId, kpi.id, id),
    onSuccess: () => refreshPerformance(orgId),
  });
  const errors = fieldErrors(add.error);
  const fmt = (n: number) => formatKpiValue(n, kpi.unit, kpi.decimals);
  return (
    <>
      <Table.ScrollContainer minWidth={400}>
        <Table striped>
          <Table.Caption>{t(`performance.targets.caption.${kpi.direction}`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.targets.validFrom')}</Table.Th>
              <Table.Th scope="col">{t('performance.targets.validTo')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('performance.targets.target')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('performance.targets.red')}
              </Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('performance.targets.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{formatDate(x.validFrom)}</Table.Td>
                <Table.Td>{x.validTo ? formatDate(x.validTo) : '—'}</Table.Td>
                <Table.Td ta="right">{fmt(x.target)}</Table.Td>
                <Table.Td ta="right">{fmt(x.redThreshold)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate(x.id)}
                      aria-label={t('performance.targets.removeOf', { from: formatDate(x.validFrom) })}
                    >
                      {t('performance.targets.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {targets.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('performance.targets.none')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
          noValidate
        >
          <Group align="end" gap="sm">
            <TextInput
              type="date"
              label={t('performance.targets.validFrom')}
              value={v.validFrom}
              onChange={(e) => setV({ ...v, validFrom: e.currentTarget.value })}
              error={errors.validFrom}
              w={170}
            />
            <TextInput
              type="date"
              label={t('performance.targets.validTo')}
              value={v.validTo}
              onChange={(e) => setV({ ...v, validTo: e.currentTarget.value })}
              error={errors.validTo}
              w={170}
            />
            <NumberField
              label={t('performance.targets.target')}
              value={v.target}
              onChange={(x) => setV({ ...v, target: x })}
              error={errors.target}
              w={140}
            />
            <NumberField
              label={t('performance.targets.red')}
              value={v.redThreshold}
              onChange={(x) => setV({ ...v, redThreshold: x })}
              error={errors.redThreshold}
              w={140}
            />
            <Button type="submit" loading={add.isPending}>
              {t('performance.targets.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </>
  );
}
