import { Modal, MultiSelect, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api.ts';
import { Form } from '../../components/Form.tsx';
import { currentLocale } from '../../i18n.ts';
import {
  ACTION_STATUSES,
  choicesQuery,
  planCalls,
  refreshPerformance,
  type ActionDetail,
  type ActionStatus,
} from '../plan-api.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';

export interface ActionDraft {
  title?: string;
  kpiIds?: string[];
  caf?: { subcriterion: string; assessmentId?: string | null }[];
}

const blank = (initial?: ActionDraft) => ({
  title: initial?.title ?? '',
  description: '',
  ownerId: null as string | null,
  dueDate: '',
  status: 'plan' as ActionStatus,
  kpiIds: initial?.kpiIds ?? [],
});

/**
 * Create an improvement action (prefilled with a KPI or a CAF improvement point) or change one.
 * `onSaved` receives the saved action (e.g. to open it).
 */
export function ActionDialog({
  orgId,
  opened,
  onClose,
  initial,
  action,
  onSaved,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  initial?: ActionDraft;
  action?: ActionDetail;
  onSaved?: (saved: ActionDetail) => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery({ ...choicesQuery(orgId), enabled: opened });
  const [v, setV] = useState(() => blank(initial));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `initial` is new on every render; only opening resets the form
  useEffect(() => {
    if (!opened) return;
    setV(
      action
        ? {
            title: action.title,
            description: action.description,
            ownerId: action.owner?.id ?? null,
            dueDate: action.dueDate ?? '',
            status: action.status,
            kpiIds: action.kpis.map((k) => k.id),
          }
        : blank(initial),
    );
    // `initial` is a fresh object on every render of the caller: only opening resets the form.
  }, [opened, action]);
  const set = (patch: Partial<ReturnType<typeof blank>>) => setV((o) => ({ ...o, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        title: v.title.trim(),
        description: v.description,
        ownerId: v.ownerId,
        dueDate: v.dueDate || null,
        status: v.status,
        kpiIds: v.kpiIds,
      };
      return action
        ? planCalls.updateAction(orgId, action.id, body)
        : planCalls.createAction(orgId, {
            ...body,
            ...(initial?.caf ? { caf: initial.caf } : {}),
          });
    },
    onSuccess: async (saved) => {
      await refreshPerformance(orgId);
      onSaved?.(saved);
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const close = () => {
    save.reset();
    onClose();
  };
  const name = (k: { nameNl: string; nameEn: string }) => (currentLocale() === 'en' && k.nameEn ? k.nameEn : k.nameNl);
  const caf = action?.caf ?? initial?.caf ?? [];
  return (
    <Modal opened={opened} onClose={close} title={action ? t('plan.actions.edit') : t('plan.actions.add')} size="lg">
      <Form onSubmit={() => save.mutate()} gap="sm">
        <TextInput
          label={t('plan.actions.fields.title')}
          value={v.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={errors.title}
          required
          data-autofocus
          maxLength={200}
        />
        <Textarea
          label={t('plan.actions.fields.description')}
          value={v.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={errors.description}
          autosize
          minRows={2}
          maxRows={6}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('plan.actions.fields.owner')}
            data={(choices.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
            value={v.ownerId}
            onChange={(ownerId) => set({ ownerId })}
            error={errors.ownerId}
            searchable
            clearable
          />
          <TextInput
            type="date"
            label={t('plan.actions.fields.dueDate')}
            value={v.dueDate}
            onChange={(e) => set({ dueDate: e.currentTarget.value })}
            error={errors.dueDate}
          />
          <Select
            label={t('plan.actions.fields.status')}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
            value={v.status}
            onChange={(s) => s && set({ status: s as ActionStatus })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('plan.actions.fields.kpis')}
          data={(choices.data?.kpis ?? []).map((k) => ({ value: k.id, label: `${k.code} · ${name(k)}` }))}
          value={v.kpiIds}
          onChange={(kpiIds) => set({ kpiIds })}
          error={errors['kpiIds.0']}
          searchable
          clearable
        />
        {caf.length > 0 && (
          <Text size="sm">
            {t('plan.actions.fields.caf')}: {caf.map((c) => c.subcriterion).join(', ')}
          </Text>
        )}
        <DialogFooter error={save.error} pending={save.isPending} onCancel={close} />
      </Form>
    </Modal>
  );
}
