import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competence, Profile } from '../../../modules/competences/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { competenceCalls, refreshCompetences } from '../api.ts';

/** Add (no `profile`) or change a role profile: name, description and the level it needs per competence. */
export function ProfileDialog({
  orgId,
  profile,
  catalogue,
  onClose,
}: {
  orgId: string;
  profile: Profile | null;
  catalogue: readonly Competence[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const levels: Record<string, string> = Object.fromEntries(
    (profile?.requirements ?? []).map((r) => [r.competenceId, String(r.level)]),
  );
  const form = useAppForm({
    initialValues: { name: profile?.name ?? '', description: profile?.description ?? '', levels },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        name: v.name,
        description: v.description,
        requirements: catalogue
          .filter((c) => v.levels[c.id])
          .map((c) => ({ competenceId: c.id, level: Number(v.levels[c.id]) })),
      };
      return profile
        ? competenceCalls.updateProfile(orgId, profile.id, body)
        : competenceCalls.createProfile(orgId, body);
    },
    refreshAndClose(() => refreshCompetences(orgId), onClose),
  );
  const options = [
    { value: '', label: t('competences.catalogue.notRequired') },
    ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('competences.level', { level: n }) })),
  ];
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={profile ? profile.name : t('competences.catalogue.addProfile')}
      size="xl"
      gap="md"
      form={form}
      save={save}
    >
      <TextInput label={t('competences.catalogue.name')} required data-autofocus {...form.getInputProps('name')} />
      <GrowingTextarea label={t('competences.catalogue.description')} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {catalogue.map((c) => (
          <Select
            key={c.id}
            label={c.name}
            aria-label={t('competences.catalogue.requiredLevel', { name: c.name })}
            allowDeselect={false}
            data={options}
            value={form.values.levels[c.id] ?? ''}
            onChange={(v) => form.setFieldValue('levels', { ...form.values.levels, [c.id]: v ?? '' })}
          />
        ))}
      </SimpleGrid>
    </FormDialog>
  );
}
