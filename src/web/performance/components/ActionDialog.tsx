import { MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { fieldErrors } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { currentLocale } from '../../i18n.ts';
import {
  ACTION_STATUSES,
  choicesQuery,
  planCalls,
  refreshPerformance,
  type ActionDetail,
  type ActionStatus,
} from '../plan-api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';

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
}: OrgDialogProps & { initial?: ActionDraft; action?: ActionDetail; onSaved?: (saved: ActionDetail) => void }) {
  const { t } = useTranslation();
  const choices = useQuery({ ...choicesQuery(orgId), enabled: opened });
  const form = useAppForm({ initialValues: blank(initial) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `initial` is new on every render; only opening resets the form
  useEffect(() => {
    if (!opened) return;
    form.setValues(
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
    form.clearErrors();
  }, [opened, action]);
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
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
        : planCalls.createAction(orgId, { ...body, ...(initial?.caf ? { caf: initial.caf } : {}) });
    },
    onSuccess: async (saved) => {
      await refreshPerformance(orgId);
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error), { 'kpiIds.0': 'kpiIds' }),
  });
  const close = () => {
    save.reset();
    onClose();
  };
  const name = (k: { nameNl: string; nameEn: string }) => (currentLocale() === 'en' && k.nameEn ? k.nameEn : k.nameNl);
  const caf = action?.caf ?? initial?.caf ?? [];
  const title = action ? t('plan.actions.edit') : t('plan.actions.add');
  return (
    <FormDialog opened={opened} onClose={close} title={title} size="lg" form={form} save={save}>
      <TextInput
        label={t('plan.actions.fields.title')}
        {...form.getInputProps('title')}
        required
        data-autofocus
        maxLength={200}
      />
      <GrowingTextarea
        label={t('plan.actions.fields.description')}
        {...form.getInputProps('description')}
        maxRows={6}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('plan.actions.fields.owner')}
          data={(choices.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
          {...form.getInputProps('ownerId')}
          searchable
          clearable
        />
        <DateField label={t('plan.actions.fields.dueDate')} {...form.getInputProps('dueDate')} />
        <Select
          label={t('plan.actions.fields.status')}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
          {...form.getInputProps('status')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('plan.actions.fields.kpis')}
        data={(choices.data?.kpis ?? []).map((k) => ({ value: k.id, label: `${k.code} · ${name(k)}` }))}
        {...form.getInputProps('kpiIds')}
        searchable
        clearable
      />
      {caf.length > 0 && (
        <Text size="sm">
          {t('plan.actions.fields.caf')}: {caf.map((c) => c.subcriterion).join(', ')}
        </Text>
      )}
    </FormDialog>
  );
}
