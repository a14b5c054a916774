import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_TYPES } from '../../../modules/strategy/logic/quadrant.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { linksQuery, refreshStrategy, type Stakeholder, strategyCalls } from '../api.ts';
import { LinkFields } from './LinkFields.tsx';

const score = (v: number | string) => Math.min(5, Math.max(1, Math.round(Number(v) || 1)));

/** Add (no `stakeholder`) or change a stakeholder: type, scores, expectations, value, engagement, last contact, links. */
export function StakeholderDialog({
  orgId,
  stakeholder: s,
  onClose,
}: {
  orgId: string;
  stakeholder: Stakeholder | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(linksQuery(orgId));
  const form = useAppForm({
    initialValues: {
      name: s?.name ?? '',
      type: s?.type ?? 'partners',
      power: (s?.power ?? 3) as number | string,
      interest: (s?.interest ?? 3) as number | string,
      influence: (s?.influence ?? 3) as number | string,
      expectations: s?.expectations ?? '',
      valueCreated: s?.valueCreated ?? '',
      engagement: s?.engagement ?? '',
      lastContact: s?.lastContact ?? '',
      kpiIds: s?.kpis.map((k) => k.id) ?? [],
      surveyIds: s?.surveys.map((x) => x.id) ?? [],
    },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        ...v,
        power: score(v.power),
        interest: score(v.interest),
        influence: score(v.influence),
        lastContact: v.lastContact || null,
      };
      return s ? strategyCalls.updateStakeholder(orgId, s.id, body) : strategyCalls.createStakeholder(orgId, body);
    },
    refreshAndClose(() => refreshStrategy(orgId), onClose),
  );
  const scoreField = (key: 'power' | 'interest' | 'influence') => (
    <NumberField
      label={t(`strategic.stakeholders.${key}`)}
      description={t('strategic.stakeholders.scoreHelp')}
      min={1}
      max={5}
      decimalScale={0}
      required
      {...form.getInputProps(key)}
    />
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={s ? s.name : t('strategic.stakeholders.add')}
      size="lg"
      form={form}
      save={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('strategic.stakeholders.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('strategic.stakeholders.type')}
          data={STAKEHOLDER_TYPES.map((type) => ({ value: type, label: t(`strategic.types.${type}`) }))}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {scoreField('power')}
        {scoreField('interest')}
        {scoreField('influence')}
      </SimpleGrid>
      <GrowingTextarea label={t('strategic.stakeholders.expectations')} {...form.getInputProps('expectations')} />
      <GrowingTextarea label={t('strategic.stakeholders.valueCreated')} {...form.getInputProps('valueCreated')} />
      <GrowingTextarea label={t('strategic.stakeholders.engagement')} {...form.getInputProps('engagement')} />
      <DateField label={t('strategic.stakeholders.lastContact')} {...form.getInputProps('lastContact')} />
      <LinkFields
        choices={choices.data}
        kpiProps={form.getInputProps('kpiIds')}
        surveyProps={form.getInputProps('surveyIds')}
      />
    </FormDialog>
  );
}
