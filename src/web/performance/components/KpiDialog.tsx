import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { fieldErrors } from '../../api.ts';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { kpiCalls, kpiOptionsQuery, type Kpi } from '../kpi-api.ts';
import { PERSPECTIVES, refreshPerformance } from '../plan-api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';

const UNITS = ['percent', 'euro', 'count', 'days', 'ratio', 'score', 'hours', 'points', 'fte'] as const;
const blank = () => ({
  code: '',
  nameNl: '',
  nameEn: '',
  definitionNl: '',
  definitionEn: '',
  unit: 'percent' as Kpi['unit'],
  decimals: 1 as number | string,
  direction: 'up' as Kpi['direction'],
  frequency: 'month' as Kpi['frequency'],
  ownerId: null as string | null,
  source: 'manual' as Kpi['source'],
  formula: null as string | null,
  perspective: 'clients' as Kpi['perspective'],
  cafCriterion: null as string | null,
  mape: null as Kpi['mape'],
  valueMin: '' as number | string,
  valueMax: '' as number | string,
});

/** Add or change a KPI: names and definitions in Dutch and English, unit, direction, frequency, owner, source and tags. */
export function KpiDialog({
  orgId,
  kpi,
  opened,
  onClose,
  onSaved,
}: OrgDialogProps & { kpi?: Kpi | null; onSaved?: (k: Kpi) => void }) {
  const { t } = useTranslation();
  const options = useQuery({ ...kpiOptionsQuery(orgId), enabled: opened });
  const form = useAppForm({ initialValues: blank() });
  const v = form.values;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only opening (or another KPI) resets the form
  useEffect(() => {
    if (!opened) return;
    form.clearErrors();
    form.setValues(
      kpi
        ? {
            ...kpi,
            decimals: kpi.decimals,
            cafCriterion: kpi.cafCriterion ? String(kpi.cafCriterion) : null,
            valueMin: kpi.valueMin ?? '',
            valueMax: kpi.valueMax ?? '',
          }
        : blank(),
    );
  }, [opened, kpi]);
  /** Changes fields (clearing their errors): a new frequency also clears the formula. */
  const set = (patch: Partial<ReturnType<typeof blank>>) => {
    for (const [name, value] of Object.entries(patch)) form.setFieldValue(name as keyof typeof v, value as never);
  };
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = {
        code: v.code.trim(),
        nameNl: v.nameNl.trim(),
        nameEn: v.nameEn.trim(),
        definitionNl: v.definitionNl.trim(),
        definitionEn: v.definitionEn.trim(),
        unit: v.unit,
        decimals: Number(v.decimals === '' ? 1 : v.decimals),
        direction: v.direction,
        frequency: v.frequency,
        ownerId: v.ownerId,
        source: v.source,
        formula: v.source === 'computed' ? v.formula : null,
        perspective: v.perspective,
        cafCriterion: v.cafCriterion ? Number(v.cafCriterion) : null,
        mape: v.mape,
        valueMin: v.valueMin === '' ? null : Number(v.valueMin),
        valueMax: v.valueMax === '' ? null : Number(v.valueMax),
      };
      return kpi ? kpiCalls.update(orgId, kpi.id, body) : kpiCalls.create(orgId, body);
    },
    onSuccess: async (saved) => {
      await refreshPerformance(orgId);
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const close = () => {
    save.reset();
    onClose();
  };
  const formulas = (options.data?.formulas ?? []).filter((f) => f.frequency === v.frequency);
  const opt = (prefix: string, values: readonly string[]) =>
    values.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));
  /** A field that always holds one of `values`, shown translated under `performance.<group>`. */
  const choice = (
    name: 'unit' | 'direction' | 'frequency' | 'source' | 'perspective',
    group: string,
    values: readonly string[],
  ) => ({
    label: t(`performance.kpi.${name}`),
    data: opt(`performance.${group}`, values),
    allowDeselect: false,
    ...form.getInputProps(name),
  });
  const title = kpi ? t('performance.kpis.edit', { code: kpi.code }) : t('performance.kpis.add');
  return (
    <FormDialog opened={opened} onClose={close} title={title} size="xl" form={form} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('performance.kpi.code')}
          {...form.getInputProps('code')}
          onChange={(e) => set({ code: e.currentTarget.value.toUpperCase() })}
          required
          data-autofocus
        />
        <TextInput label={t('performance.kpi.nameNl')} {...form.getInputProps('nameNl')} required />
        <TextInput label={t('performance.kpi.nameEn')} {...form.getInputProps('nameEn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <GrowingTextarea label={t('performance.kpi.definitionNl')} {...form.getInputProps('definitionNl')} />
        <GrowingTextarea label={t('performance.kpi.definitionEn')} {...form.getInputProps('definitionEn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select {...choice('unit', 'units', UNITS)} />
        <NumberField
          label={t('performance.kpi.decimals')}
          {...form.getInputProps('decimals')}
          min={0}
          max={4}
          decimalScale={0}
        />
        <Select {...choice('direction', 'direction', ['up', 'down'])} />
        <Select
          {...choice('frequency', 'frequency', ['month', 'quarter', 'year'])}
          onChange={(x) => x && set({ frequency: x as Kpi['frequency'], formula: null })}
        />
        <Select {...choice('source', 'source', ['manual', 'import', 'computed'])} />
        {v.source === 'computed' && (
          <Select
            label={t('performance.kpi.formula')}
            data={formulas.map((f) => ({
              value: f.key,
              label: t(`performance.formulas.${f.key}`, { defaultValue: f.key }),
            }))}
            {...form.getInputProps('formula')}
          />
        )}
        <Select
          label={t('performance.kpi.owner')}
          data={(options.data?.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
          {...form.getInputProps('ownerId')}
          clearable
        />
        <Select {...choice('perspective', 'perspectives', PERSPECTIVES)} />
        <Select
          label={t('performance.kpi.caf')}
          data={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: t(`performance.caf.${n}`) }))}
          {...form.getInputProps('cafCriterion')}
          clearable
        />
        <Select
          label={t('performance.kpi.mape')}
          data={opt('performance.mape', ['means', 'activities', 'output', 'outcome'])}
          {...form.getInputProps('mape')}
          clearable
        />
        <NumberField
          label={t('performance.kpi.valueMin')}
          description={t('performance.kpi.boundsHelp')}
          {...form.getInputProps('valueMin')}
        />
        <NumberField
          label={t('performance.kpi.valueMax')}
          description={t('performance.kpi.boundsHelp')}
          {...form.getInputProps('valueMax')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
