import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOC_KINDS, type DocKind } from '../../../modules/handbook/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { handbookCalls, refreshHandbook } from '../api.ts';

/** Add a process: name and description. */
export function ProcessDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { name: '', description: '' },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => handbookCalls.addProcess(orgId, v),
    refreshAndClose(() => refreshHandbook(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('handbook.process.title')} form={form} save={save}>
      <TextInput label={t('handbook.process.name')} required data-autofocus {...form.getInputProps('name')} />
      <GrowingTextarea label={t('handbook.process.description')} {...form.getInputProps('description')} />
    </FormDialog>
  );
}

/** Add a procedure, instruction or form under a process; opens the new document. */
export function DocumentDialog({
  orgId,
  processes,
  members,
  onClose,
}: {
  orgId: string;
  processes: { id: string; name: string }[];
  members: { userId: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm({
    initialValues: { title: '', kind: 'procedure' as string, processId: processes[0]?.id ?? '', ownerId: '' },
    validate: { title: (v) => required(t, v), processId: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      handbookCalls.addDocument(orgId, {
        title: v.title,
        kind: v.kind as DocKind,
        processId: v.processId,
        ownerId: v.ownerId || null,
      }),
    async ({ id }) => {
      await refreshHandbook(orgId);
      onClose();
      navigate(`/o/${orgId}/handbook/${id}`);
    },
  );
  return (
    <FormDialog opened onClose={onClose} title={t('handbook.newDocument.title')} form={form} save={save}>
      <TextInput label={t('handbook.newDocument.name')} required data-autofocus {...form.getInputProps('title')} />
      <Select
        label={t('handbook.newDocument.kind')}
        data={DOC_KINDS.map((k) => ({ value: k, label: t(`handbook.kind.${k}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Select
        label={t('handbook.newDocument.process')}
        required
        data={processes.map((p) => ({ value: p.id, label: p.name }))}
        allowDeselect={false}
        {...form.getInputProps('processId')}
      />
      <Select
        label={t('handbook.newDocument.owner')}
        data={members.map((m) => ({ value: m.userId, label: m.name }))}
        clearable
        searchable
        {...form.getInputProps('ownerId')}
      />
    </FormDialog>
  );
}
