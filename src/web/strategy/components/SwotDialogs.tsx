import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SWOT_QUADRANTS, SWOT_STRATEGY_KINDS } from '../../../modules/strategy/logic/quadrant.ts';
import type { SwotQuadrant } from '../../../modules/strategy/logic/quadrant.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { linksQuery, refreshStrategy, strategyCalls, type SwotItem, type SwotStrategy } from '../api.ts';
import { LinkFields } from './LinkFields.tsx';

/** Start the SWOT of a year. */
export function NewSwotDialog({
  orgId,
  year,
  onClose,
  onSaved,
}: {
  orgId: string;
  year: number;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { year: year as number | string, note: '' } });
  const save = useFormSave(
    form,
    (v) => strategyCalls.createSwot(orgId, { year: Number(v.year), note: v.note }),
    async (swot) => {
      await refreshStrategy(orgId);
      onSaved(swot.id);
      onClose();
    },
  );
  return (
    <FormDialog opened onClose={onClose} title={t('strategic.swot.add')} form={form} save={save}>
      <NumberField
        label={t('strategic.swot.year')}
        min={2000}
        max={2100}
        decimalScale={0}
        thousandSeparator=""
        required
        data-autofocus
        {...form.getInputProps('year')}
      />
      <GrowingTextarea label={t('strategic.swot.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

/** Add (no `item`) or change a strength, weakness, opportunity or threat with its evidence and links. */
export function SwotItemDialog({
  orgId,
  swotId,
  item,
  quadrant,
  onClose,
}: {
  orgId: string;
  swotId: string;
  item: SwotItem | null;
  quadrant: SwotQuadrant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(linksQuery(orgId));
  const form = useAppForm({
    initialValues: {
      quadrant: item?.quadrant ?? quadrant,
      text: item?.text ?? '',
      evidence: item?.evidence ?? '',
      kpiIds: item?.kpis.map((k) => k.id) ?? [],
      surveyIds: item?.surveys.map((s) => s.id) ?? [],
    },
    validate: { text: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => (item ? strategyCalls.updateItem(orgId, item.id, v) : strategyCalls.addItem(orgId, swotId, v)),
    refreshAndClose(() => refreshStrategy(orgId), onClose),
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={item ? t('strategic.swot.editItem') : t(`strategic.swot.addTo.${quadrant}`)}
      size="lg"
      form={form}
      save={save}
    >
      <Select
        label={t('strategic.swot.quadrant')}
        data={SWOT_QUADRANTS.map((q) => ({ value: q, label: t(`strategic.swot.quadrants.${q}`) }))}
        allowDeselect={false}
        {...form.getInputProps('quadrant')}
      />
      <TextInput label={t('strategic.swot.text')} required data-autofocus {...form.getInputProps('text')} />
      <GrowingTextarea
        label={t('strategic.swot.evidence')}
        description={t('strategic.swot.evidenceHelp')}
        {...form.getInputProps('evidence')}
      />
      <LinkFields
        choices={choices.data}
        kpiProps={form.getInputProps('kpiIds')}
        surveyProps={form.getInputProps('surveyIds')}
      />
    </FormDialog>
  );
}

/** Add (no `strategy`) or change a strategy the SWOT leads to, and the objectives it feeds. */
export function SwotStrategyDialog({
  orgId,
  swotId,
  strategy,
  onClose,
}: {
  orgId: string;
  swotId: string;
  strategy: SwotStrategy | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(linksQuery(orgId));
  const form = useAppForm({
    initialValues: {
      kind: strategy?.kind ?? 'SO',
      text: strategy?.text ?? '',
      objectiveIds: strategy?.objectives.map((o) => o.id) ?? [],
    },
    validate: { text: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      strategy ? strategyCalls.updateStrategy(orgId, strategy.id, v) : strategyCalls.addStrategy(orgId, swotId, v),
    refreshAndClose(() => refreshStrategy(orgId), onClose),
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={strategy ? t('strategic.swot.editStrategy') : t('strategic.swot.addStrategy')}
      size="lg"
      form={form}
      save={save}
    >
      <Select
        label={t('strategic.swot.kind')}
        data={SWOT_STRATEGY_KINDS.map((k) => ({ value: k, label: t(`strategic.swot.kinds.${k}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <GrowingTextarea
        label={t('strategic.swot.strategyText')}
        required
        data-autofocus
        {...form.getInputProps('text')}
      />
      <MultiSelect
        label={t('strategic.swot.objectives')}
        searchable
        clearable
        data={(choices.data?.objectives ?? []).map((o) => ({ value: o.id, label: o.title }))}
        {...form.getInputProps('objectiveIds')}
      />
    </FormDialog>
  );
}
