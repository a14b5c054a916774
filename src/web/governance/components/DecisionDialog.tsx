import { Checkbox, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import type { Body } from '../../../modules/governance/logic.ts';
import type { Decision, DecisionChoices } from '../../../modules/governance/schema.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { governanceCalls, refreshGovernance } from '../api.ts';

/** Record (no `decision`) or change a decision: the bodies offered are those the caller may record. */
export function DecisionDialog({
  orgId,
  decision,
  choices,
  onClose,
}: {
  orgId: string;
  decision: Decision | null;
  choices: DecisionChoices;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const d = decision;
  const form = useAppForm({
    initialValues: {
      title: d?.title ?? '',
      description: d?.description ?? '',
      body: d?.body ?? choices.bodies[0] ?? '',
      decidedOn: d?.decidedOn ?? today(),
      objectiveId: d?.objective?.id ?? '',
      assessmentId: d?.assessment?.id ?? '',
      projectId: d?.project?.id ?? '',
      followUpOwner: d?.followUpOwner ?? '',
      followUpOn: d?.followUpOn ?? '',
      followUpDone: d?.followUpDone ?? false,
    },
    validate: { title: (v) => required(t, v), body: (v) => required(t, v), decidedOn: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        title: v.title,
        description: v.description,
        body: v.body as Body,
        decidedOn: v.decidedOn,
        objectiveId: v.objectiveId || null,
        assessmentId: v.assessmentId || null,
        projectId: v.projectId || null,
        followUpOwner: v.followUpOwner,
        followUpOn: v.followUpOn || null,
        followUpDone: v.followUpDone,
      };
      return d ? governanceCalls.updateDecision(orgId, d.id, body) : governanceCalls.createDecision(orgId, body);
    },
    refreshAndClose(() => refreshGovernance(orgId), onClose),
  );
  const pick = (list: { id: string; name: string }[]) => list.map((x) => ({ value: x.id, label: x.name }));
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={d ? d.title : t('governance.decisions.add')}
      size="lg"
      form={form}
      save={save}
    >
      <TextInput label={t('governance.decisions.decision')} required data-autofocus {...form.getInputProps('title')} />
      <GrowingTextarea label={t('governance.decisions.description')} {...form.getInputProps('description')} />
      <Select
        label={t('governance.decisions.body')}
        required
        allowDeselect={false}
        data={choices.bodies.map((b) => ({ value: b, label: t(`governance.body.${b}`) }))}
        {...form.getInputProps('body')}
      />
      <DateField label={t('governance.decisions.decidedOn')} required {...form.getInputProps('decidedOn')} />
      <Select
        label={t('governance.decisions.objective')}
        data={pick(choices.objectives)}
        clearable
        searchable
        {...form.getInputProps('objectiveId')}
      />
      <Select
        label={t('governance.decisions.assessment')}
        data={pick(choices.assessments)}
        clearable
        searchable
        {...form.getInputProps('assessmentId')}
      />
      <Select
        label={t('governance.decisions.project')}
        data={pick(choices.projects)}
        clearable
        searchable
        {...form.getInputProps('projectId')}
      />
      <TextInput label={t('governance.decisions.followUpOwner')} {...form.getInputProps('followUpOwner')} />
      <DateField label={t('governance.decisions.followUpOn')} {...form.getInputProps('followUpOn')} />
      <Checkbox
        label={t('governance.decisions.followUpDone')}
        {...form.getInputProps('followUpDone', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
