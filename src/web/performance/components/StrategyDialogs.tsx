import { Modal, MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api.ts';
import { Form } from '../../components/Form.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import {
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
import { DialogFooter } from '../../components/DialogFooter.tsx';

/** Mission and vision of the organisation: the top of the strategy map. */
export function MissionDialog({
  orgId,
  map,
  opened,
  onClose,
}: {
  orgId: string;
  map: StrategyMap;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({ mission: map.mission, vision: map.vision });
  useEffect(() => {
    if (opened) setV({ mission: map.mission, vision: map.vision });
  }, [opened, map]);
  const save = useMutation({
    mutationFn: () => planCalls.saveMission(orgId, v),
    onSuccess: async () => {
      await refreshPerformance(orgId);
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.strategy.editMission')} size="lg">
      <Form onSubmit={() => save.mutate()} gap="sm">
        <Textarea
          label={t('plan.strategy.mission')}
          value={v.mission}
          onChange={(e) => setV({ ...v, mission: e.currentTarget.value })}
          error={errors.mission}
          autosize
          minRows={2}
          data-autofocus
        />
        <Textarea
          label={t('plan.strategy.vision')}
          value={v.vision}
          onChange={(e) => setV({ ...v, vision: e.currentTarget.value })}
          error={errors.vision}
          autosize
          minRows={2}
        />
        <DialogFooter error={save.error} pending={save.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}

const blank = (perspective: Perspective = 'clients') => ({
  perspective,
  title: '',
  description: '',
  position: 0 as number | string,
  supports: [] as string[],
  kpiIds: [] as string[],
});

/** Add or change a strategic objective: its perspective, what it contributes to and which KPIs measure it. */
export function ObjectiveDialog({
  orgId,
  map,
  objective,
  opened,
  onClose,
  onSaved,
}: {
  orgId: string;
  map: StrategyMap;
  objective: Objective | null;
  opened: boolean;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery({ ...choicesQuery(orgId), enabled: opened });
  const [v, setV] = useState(blank);
  useEffect(() => {
    if (opened) setV(objective ? { ...objective } : blank());
  }, [opened, objective]);
  const set = (patch: Partial<ReturnType<typeof blank>>) => setV((o) => ({ ...o, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        perspective: v.perspective,
        title: v.title.trim(),
        description: v.description,
        position: Number(v.position) || 0,
        supports: v.supports,
        kpiIds: v.kpiIds,
      };
      return objective ? planCalls.updateObjective(orgId, objective.id, body) : planCalls.createObjective(orgId, body);
    },
    onSuccess: async ({ id }) => {
      await refreshPerformance(orgId);
      onSaved?.(id);
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const close = () => {
    save.reset();
    onClose();
  };
  const perspectiveLabel = (p: Perspective) => t(`plan.strategy.perspectives.${p}`);
  const others = map.objectives.filter((o) => o.id !== objective?.id);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={objective ? t('plan.strategy.editObjective') : t('plan.strategy.addObjective')}
      size="lg"
    >
      <Form onSubmit={() => save.mutate()} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('plan.strategy.fields.perspective')}
            data={PERSPECTIVES.map((p) => ({ value: p, label: perspectiveLabel(p) }))}
            value={v.perspective}
            onChange={(p) => p && set({ perspective: p as Perspective })}
            allowDeselect={false}
          />
          <NumberField
            label={t('plan.strategy.fields.position')}
            value={v.position}
            onChange={(position) => set({ position })}
            min={0}
            max={1000}
            decimalScale={0}
          />
        </SimpleGrid>
        <TextInput
          label={t('plan.strategy.fields.title')}
          value={v.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={errors.title}
          required
          data-autofocus
          maxLength={200}
        />
        <Textarea
          label={t('plan.strategy.fields.description')}
          value={v.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <MultiSelect
          label={t('plan.strategy.fields.supports')}
          value={v.supports}
          onChange={(supports) => set({ supports })}
          error={errors.supports}
          searchable
          clearable
          data={others.map((o) => ({ value: o.id, label: `${o.title} (${perspectiveLabel(o.perspective)})` }))}
        />
        <MultiSelect
          label={t('plan.strategy.fields.kpis')}
          value={v.kpiIds}
          onChange={(kpiIds) => set({ kpiIds })}
          searchable
          clearable
          data={(choices.data?.kpis ?? []).map((k) => ({ value: k.id, label: `${k.code} · ${kpiName(k)}` }))}
        />
        <DialogFooter error={save.error} pending={save.isPending} onCancel={close} />
      </Form>
    </Modal>
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
