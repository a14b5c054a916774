import { Modal, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Competence, Profile } from '../../../modules/competences/schema.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { refreshCompetences } from '../api.ts';

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
  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      const body = {
        name: v.name,
        description: v.description,
        requirements: catalogue
          .filter((c) => v.levels[c.id])
          .map((c) => ({ competenceId: c.id, level: Number(v.levels[c.id]) })),
      };
      return profile
        ? call(
            client.PUT('/orgs/{orgId}/competences/profiles/{profileId}', {
              params: { path: { orgId, profileId: profile.id } },
              body,
            }),
          )
        : call(client.POST('/orgs/{orgId}/competences/profiles', { params: { path: { orgId } }, body }));
    },
    onSuccess: async () => {
      await refreshCompetences(orgId);
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const options = [
    { value: '', label: t('competences.catalogue.notRequired') },
    ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('competences.level', { level: n }) })),
  ];
  return (
    <Modal opened onClose={onClose} title={profile ? profile.name : t('competences.catalogue.addProfile')} size="xl">
      <Form onSubmit={form.onSubmit(() => save.mutate())} gap="md">
        <TextInput label={t('competences.catalogue.name')} required data-autofocus {...form.getInputProps('name')} />
        <Textarea
          label={t('competences.catalogue.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
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
        <DialogFooter error={save.error} pending={save.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
