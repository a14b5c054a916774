import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LEVELS, TALENTS } from '../../../modules/job-carving/logic/types.ts';
import type { Candidate, Designer } from '../../../modules/job-carving/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { jobCarvingCalls, refreshJobCarving } from '../api.ts';
import { languageLabel } from './labels.ts';

/** A new candidate for matching, or (with `candidate`) the same form prefilled to change one. */
export function CandidateDialog(props: {
  orgId: string;
  designer: Designer;
  candidate?: Candidate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const c = props.candidate;
  const form = useAppForm({
    initialValues: {
      name: c?.name ?? '',
      competenceIds: c?.competenceIds ?? ([] as string[]),
      talents: (c?.talents ?? []) as string[],
      languageLevel: c?.languageLevel ?? ('none' as (typeof LANGUAGE_LEVELS)[number]),
      hoursAvailable: (c?.hoursAvailable ?? 19) as number | string,
      note: c?.note ?? '',
    },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        ...v,
        talents: v.talents as (typeof TALENTS)[number][],
        hoursAvailable: Number(v.hoursAvailable) || 0,
      };
      return c
        ? jobCarvingCalls.updateCandidate(props.orgId, c.id, body)
        : jobCarvingCalls.createCandidate(props.orgId, body);
    },
    refreshAndClose(() => refreshJobCarving(props.orgId), props.onClose),
  );
  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={c ? t('jobCarving.candidates.editName', { name: c.name }) : t('jobCarving.match.addCandidate')}
      form={form}
      save={save}
    >
      <TextInput label={t('jobCarving.match.candidateName')} required data-autofocus {...form.getInputProps('name')} />
      <MultiSelect
        label={t('jobCarving.task.competences')}
        data={props.designer.competences.map((x) => ({ value: x.id, label: x.name }))}
        {...form.getInputProps('competenceIds')}
      />
      <MultiSelect
        label={t('jobCarving.proposal.talents')}
        data={TALENTS.map((x) => ({ value: x, label: t(`jobCarving.talent.${x}`) }))}
        {...form.getInputProps('talents')}
      />
      <Select
        label={t('jobCarving.task.language')}
        data={LANGUAGE_LEVELS.map((v) => ({ value: v, label: languageLabel(t, v) }))}
        allowDeselect={false}
        {...form.getInputProps('languageLevel')}
      />
      <NumberField
        label={t('jobCarving.match.hoursAvailable')}
        min={0}
        max={168}
        {...form.getInputProps('hoursAvailable')}
      />
      <GrowingTextarea label={t('jobCarving.candidates.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
