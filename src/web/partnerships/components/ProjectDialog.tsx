import { MultiSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../modules/partnerships/schema.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { MoneyField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { objectivesQuery, partnershipCalls, refreshPartnerships } from '../api.ts';

/** Add (no `project`) or change an innovation project. */
export function ProjectDialog({
  orgId,
  project,
  onClose,
}: {
  orgId: string;
  project: Project | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const objectives = useQuery(objectivesQuery(orgId));
  const p = project;
  const form = useAppForm({
    initialValues: {
      name: p?.name ?? '',
      funder: p?.funder ?? '',
      amount: (p ? p.amountCents / 100 : '') as number | string,
      fundingStart: p?.fundingStart ?? '',
      fundingEnd: p?.fundingEnd ?? '',
      objectiveIds: p?.objectives.map((o) => o.id) ?? [],
      results: p?.results ?? '',
      continuationPlan: p?.continuationPlan ?? '',
    },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        name: v.name,
        funder: v.funder,
        amountCents: v.amount === '' ? 0 : Math.round(Number(v.amount) * 100),
        fundingStart: v.fundingStart || null,
        fundingEnd: v.fundingEnd || null,
        objectiveIds: v.objectiveIds,
        results: v.results,
        continuationPlan: v.continuationPlan,
      };
      return p ? partnershipCalls.updateProject(orgId, p.id, body) : partnershipCalls.createProject(orgId, body);
    },
    refreshAndClose(() => refreshPartnerships(orgId), onClose),
    { amountCents: 'amount' },
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={p ? p.name : t('partnerships.projects.add')}
      size="lg"
      form={form}
      save={save}
    >
      <TextInput label={t('partnerships.projects.name')} required data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('partnerships.projects.funder')} {...form.getInputProps('funder')} />
      <MoneyField label={t('partnerships.projects.amount')} min={0} {...form.getInputProps('amount')} />
      <DateField label={t('partnerships.projects.fundingStart')} {...form.getInputProps('fundingStart')} />
      <DateField label={t('partnerships.projects.fundingEnd')} {...form.getInputProps('fundingEnd')} />
      <MultiSelect
        label={t('partnerships.projects.objectives')}
        data={(objectives.data?.items ?? []).map((o) => ({ value: o.id, label: o.title }))}
        searchable
        {...form.getInputProps('objectiveIds')}
      />
      <GrowingTextarea label={t('partnerships.projects.results')} {...form.getInputProps('results')} />
      <GrowingTextarea
        label={t('partnerships.projects.continuationPlan')}
        {...form.getInputProps('continuationPlan')}
      />
    </FormDialog>
  );
}
