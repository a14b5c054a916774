import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { kpiCalls } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';

/** Add or change the note of one value (required on a red one). */
export function NoteDialog({
  orgId,
  kpiId,
  period,
  note,
  opened,
  onClose,
}: OrgDialogProps & { kpiId: string; period: string | null; note: string }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { note } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only opening (or another value's note) resets the form
  useEffect(() => {
    if (opened) form.setValues({ note });
  }, [opened, note]);
  const save = useMutation({
    mutationFn: (values: typeof form.values) => kpiCalls.setNote(orgId, kpiId, period!, values.note),
    onSuccess: refreshAndClose(() => refreshPerformance(orgId), onClose),
  });
  const close = () => {
    save.reset();
    onClose();
  };
  const title = t('performance.note.title', { period: period ?? '' });
  return (
    <FormDialog opened={opened} onClose={close} title={title} form={form} save={save}>
      <GrowingTextarea label={t('performance.note.label')} {...form.getInputProps('note')} minRows={3} data-autofocus />
    </FormDialog>
  );
}
