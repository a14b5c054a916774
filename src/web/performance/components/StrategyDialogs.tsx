import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { fieldErrors } from '../../api.ts';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { DateField } from '../../components/DateField.tsx';
import {
  actionsQuery,
  choicesQuery,
  PERSPECTIVES,
  planCalls,
  refreshPerformance,
  type Objective,
  type Perspective,
  type StrategyMap,
} from '../plan-api.ts';
import { kpiName } from './ActionBits.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';

/** Mission and vision of the organisation: the top of the strategy map. */
export function MissionDialog({ orgId, map, opened, onClose }: OrgDialogProps & { map: StrategyMap }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { mission: map.mission, vision: map.vision, values: map.values } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only opening (or a new map) resets the form
  useEffect(() => {
    if (opened) form.setValues({ mission: map.mission, vision: map.vision, values: map.values });
  }, [opened, map]);
  const save = useMutation({
    mutationFn: (v: typeof form.values) => planCalls.saveMission(orgId, v),
    onSuccess: refreshAndClose(() => refreshPerformance(orgId), onClose),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plan.strategy.editMission')}
      size="lg"
      form={form}
      save={save}
    >
      <GrowingTextarea label={t('plan.strategy.mission')} {...form.getInputProps('mission')} data-autofocus />
      <GrowingTextarea label={t('plan.strategy.vision')} {...form.getInputProps('vision')} />
      <GrowingTextarea label={t('plan.strategy.values')} {...form.getInputProps('values')} />
    </FormDialog>
  );
}

const blank = (perspective: Perspective = 'clients') => ({
  perspective,
  title: '',
  description: '',
  position: 0 as number | string,
  supports: [] as string[],
  kpiIds: [] as string[],
  ownerId: null as string | null,
  dueDate: '',
  resources: '',
  actionIds: [] as string[],
});

/** Add or change a strategic objective: its perspective, what it contributes to and which KPIs measure it. */
export function ObjectiveDialog({
  orgId,
  map,
  objective,
  opened,
  onClose,
  onSaved,
}: OrgDialogProps & { map: StrategyMap; objective: Objective | null; onSaved?: (id: string) => void }) {
  const { t } = useTranslation();
  const choices = useQuery({ ...choicesQuery(orgId), enabled: opened });
  const actions = useQuery({
    ...actionsQuery(orgId, { status: 'all', owner: null, overdue: false }),
    enabled: opened,
  });
  const form = useAppForm({ initialValues: blank() });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only opening (or another objective) resets the form
  useEffect(() => {
    if (!opened) return;
    form.setValues(
      objective
        ? {
            perspective: objective.perspective,
            title: objective.title,
            description: objective.description,
            position: objective.position,
            supports: objective.supports,
            kpiIds: objective.kpiIds,
            ownerId: objective.owner?.id ?? null,
            dueDate: objective.dueDate ?? '',
            resources: objective.resources,
            actionIds: objective.actions.map((a) => a.id),
          }
        : blank(),
    );
    form.clearErrors();
  }, [opened, objective]);
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = {
        perspective: v.perspective,
        title: v.title.trim(),
        description: v.description,
        position: Number(v.position) || 0,
        supports: v.supports,
        kpiIds: v.kpiIds,
        ownerId: v.ownerId,
        dueDate: v.dueDate || null,
        resources: v.resources,
        actionIds: v.actionIds,
      };
      return objective ? planCalls.updateObjective(orgId, objective.id, body) : planCalls.createObjective(orgId, body);
    },
    onSuccess: async ({ id }) => {
      await refreshPerformance(orgId);
      onSaved?.(id);
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const close = () => {
    save.reset();
    onClose();
  };
  const perspectiveLabel = (p: Perspective) => t(`plan.strategy.perspectives.${p}`);
  const others = map.objectives.filter((o) => o.id !== objective?.id);
  const title = objective ? t('plan.strategy.editObjective') : t('plan.strategy.addObjective');
  return (
    <FormDialog opened={opened} onClose={close} title={title} size="lg" form={form} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('plan.strategy.fields.perspective')}
          data={PERSPECTIVES.map((p) => ({ value: p, label: perspectiveLabel(p) }))}
          {...form.getInputProps('perspective')}
          allowDeselect={false}
        />
        <NumberField
          label={t('plan.strategy.fields.position')}
          {...form.getInputProps('position')}
          min={0}
          max={1000}
          decimalScale={0}
        />
      </SimpleGrid>
      <TextInput
        label={t('plan.strategy.fields.title')}
        {...form.getInputProps('title')}
        required
        data-autofocus
        maxLength={200}
      />
      <GrowingTextarea label={t('plan.strategy.fields.description')} {...form.getInputProps('description')} />
      <MultiSelect
        label={t('plan.strategy.fields.supports')}
        {...form.getInputProps('supports')}
        searchable
        clearable
        data={others.map((o) => ({ value: o.id, label: `${o.title} (${perspectiveLabel(o.perspective)})` }))}
      />
      <MultiSelect
        label={t('plan.strategy.fields.kpis')}
        {...form.getInputProps('kpiIds')}
        searchable
        clearable
        data={(choices.data?.kpis ?? []).map((k) => ({ value: k.id, label: `${k.code} · ${kpiName(k)}` }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('plan.strategy.fields.owner')}
          {...form.getInputProps('ownerId')}
          searchable
          clearable
          data={(choices.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
        />
        <DateField label={t('plan.strategy.fields.dueDate')} {...form.getInputProps('dueDate')} />
      </SimpleGrid>
      <MultiSelect
        label={t('plan.strategy.fields.actions')}
        {...form.getInputProps('actionIds')}
        searchable
        clearable
        data={(actions.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
      />
      <GrowingTextarea
        label={t('plan.strategy.fields.resources')}
        description={t('plan.strategy.fields.resourcesHelp')}
        {...form.getInputProps('resources')}
        minRows={1}
      />
    </FormDialog>
  );
}

/** Confirmation before an objective is removed (its KPIs stay). */
export function RemoveObjectiveDialog({
  orgId,
  objective,
  onClose,
}: {
  orgId: string;
  objective: Objective | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={Boolean(objective)}
      title={t('plan.strategy.removeObjective')}
      text={t('plan.strategy.removeConfirm', { title: objective?.title ?? '' })}
      confirm={t('plan.actions.removeButton')}
      onClose={onClose}
      onConfirm={async () => {
        await planCalls.deleteObjective(orgId, objective!.id);
        await refreshPerformance(orgId);
      }}
    />
  );
}
