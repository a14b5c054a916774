import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_KINDS, type DocKind, type DocumentDetail } from '../../../modules/handbook/schema.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { choicesQuery, handbookCalls, refreshHandbook } from '../api.ts';

/** A document's details: title, kind, process, owner, review date, links, as-is and to-be. */
export function MetaDialog({
  orgId,
  doc,
  processes,
  onClose,
}: {
  orgId: string;
  doc: DocumentDetail;
  processes: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const choices = useQuery(choicesQuery(orgId));
  const [newRisk, setNewRisk] = useState('');
  const form = useAppForm({
    initialValues: {
      title: doc.title,
      kind: doc.kind as string,
      processId: doc.processId,
      ownerId: doc.ownerId ?? '',
      reviewOn: doc.reviewOn ?? '',
      kpiIds: doc.links.kpis.map((k) => k.id),
      actionIds: doc.links.actions.map((a) => a.id),
      riskIds: doc.links.risks.map((r) => r.id),
      cafCodes: doc.links.caf.map((c) => c.id),
      asIs: doc.asIs,
      toBe: doc.toBe,
    },
    validate: { title: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      handbookCalls.patchDocument(orgId, doc.id, {
        title: v.title,
        kind: v.kind as DocKind,
        processId: v.processId,
        ownerId: v.ownerId || null,
        reviewOn: v.reviewOn || null,
        asIs: v.asIs,
        toBe: v.toBe,
        links: { kpiIds: v.kpiIds, actionIds: v.actionIds, riskIds: v.riskIds, cafCodes: v.cafCodes },
      }),
    refreshAndClose(() => refreshHandbook(orgId), onClose),
  );
  const addRisk = async () => {
    if (!newRisk.trim()) return;
    const { id } = await handbookCalls.addRisk(orgId, { title: newRisk.trim() });
    await refreshHandbook(orgId);
    form.setFieldValue('riskIds', [...form.getValues().riskIds, id]);
    setNewRisk('');
  };
  const c = choices.data;
  return (
    <FormDialog opened onClose={onClose} title={t('handbook.metaDialog.title')} form={form} save={save} size="xl">
      <TextInput label={t('handbook.metaDialog.name')} required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('handbook.metaDialog.kind')}
          data={DOC_KINDS.map((k) => ({ value: k, label: t(`handbook.kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Select
          label={t('handbook.metaDialog.process')}
          data={processes.map((p) => ({ value: p.id, label: p.name }))}
          allowDeselect={false}
          {...form.getInputProps('processId')}
        />
        <Select
          label={t('handbook.metaDialog.owner')}
          data={(c?.members ?? []).map((m) => ({ value: m.userId, label: m.name }))}
          clearable
          searchable
          {...form.getInputProps('ownerId')}
        />
        <DateField label={t('handbook.metaDialog.reviewOn')} {...form.getInputProps('reviewOn')} />
      </SimpleGrid>
      <MultiSelect
        label={t('handbook.metaDialog.kpis')}
        data={(c?.kpis ?? []).map((k) => ({ value: k.id, label: k.label }))}
        searchable
        {...form.getInputProps('kpiIds')}
      />
      <MultiSelect
        label={t('handbook.metaDialog.actions')}
        data={(c?.actions ?? []).map((a) => ({ value: a.id, label: a.label }))}
        searchable
        {...form.getInputProps('actionIds')}
      />
      <MultiSelect
        label={t('handbook.metaDialog.caf')}
        data={(c?.caf ?? []).map((s) => ({ value: s.code, label: s.label }))}
        searchable
        {...form.getInputProps('cafCodes')}
      />
      <MultiSelect
        label={t('handbook.metaDialog.risks')}
        data={(c?.risks ?? []).map((r) => ({ value: r.id, label: r.title }))}
        searchable
        {...form.getInputProps('riskIds')}
      />
      <Group align="end">
        <TextInput
          label={t('handbook.metaDialog.newRisk')}
          value={newRisk}
          onChange={(e) => setNewRisk(e.currentTarget.value)}
        />
        <Button variant="default" onClick={addRisk}>
          {t('handbook.metaDialog.addRisk')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <GrowingTextarea label={t('handbook.metaDialog.asIs')} minRows={3} {...form.getInputProps('asIs')} />
        <GrowingTextarea label={t('handbook.metaDialog.toBe')} minRows={3} {...form.getInputProps('toBe')} />
      </SimpleGrid>
    </FormDialog>
  );
}
