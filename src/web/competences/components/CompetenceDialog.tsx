import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../modules/competences/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { competenceCalls, refreshCompetences } from '../api.ts';

/** Add (no `competence`) or change a competence: name, cluster, description and the behaviour of levels 1-4. */
export function CompetenceDialog({
  orgId,
  competence,
  onClose,
}: {
  orgId: string;
  competence: Competence | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const c = competence;
  const form = useAppForm({
    initialValues: {
      name: c?.name ?? '',
      cluster: c?.cluster ?? '',
      description: c?.description ?? '',
      l1: c?.levels[0] ?? '',
      l2: c?.levels[1] ?? '',
      l3: c?.levels[2] ?? '',
      l4: c?.levels[3] ?? '',
    },
    validate: {
      name: (v) => required(t, v),
      l1: (v) => required(t, v),
      l2: (v) => required(t, v),
      l3: (v) => required(t, v),
      l4: (v) => required(t, v),
    },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        name: v.name,
        cluster: v.cluster,
        description: v.description,
        levels: [v.l1, v.l2, v.l3, v.l4] as [string, string, string, string],
      };
      return c ? competenceCalls.updateCompetence(orgId, c.id, body) : competenceCalls.createCompetence(orgId, body);
    },
    refreshAndClose(() => refreshCompetences(orgId), onClose),
    { 'levels.0': 'l1', 'levels.1': 'l2', 'levels.2': 'l3', 'levels.3': 'l4' },
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={c ? c.name : t('competences.catalogue.add')}
      size="lg"
      gap="md"
      form={form}
      save={save}
    >
      <TextInput label={t('competences.catalogue.name')} required data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('competences.catalogue.cluster')} {...form.getInputProps('cluster')} />
      <GrowingTextarea label={t('competences.catalogue.description')} {...form.getInputProps('description')} />
      {(['l1', 'l2', 'l3', 'l4'] as const).map((key, i) => (
        <GrowingTextarea
          key={key}
          label={t('competences.catalogue.levelText', { level: i + 1 })}
          required
          {...form.getInputProps(key)}
        />
      ))}
    </FormDialog>
  );
}
