import { Modal, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { Form } from '../../components/Form.tsx';
import { kpiCalls } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';

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
  const [text, setText] = useState(note);
  useEffect(() => {
    if (opened) setText(note);
  }, [opened, note]);
  const save = useMutation({
    mutationFn: () => kpiCalls.setNote(orgId, kpiId, period!, text),
    onSuccess: async () => {
      await refreshPerformance(orgId);
      onClose();
    },
  });
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('performance.note.title', { period: period ?? '' })}>
      <Form onSubmit={() => save.mutate()} gap="sm">
        <Textarea
          label={t('performance.note.label')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          data-autofocus
        />
        <DialogFooter error={save.error} pending={save.isPending} onCancel={close} />
      </Form>
    </Modal>
  );
}
