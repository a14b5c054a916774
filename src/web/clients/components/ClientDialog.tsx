import { Group, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useAppForm, useFillOnOpen } from '../../components/useAppForm.ts';
import { at, refreshClients } from '../api.ts';
import type { Membership } from '../../session.ts';
import type { ClientDetail, Group as ClientGroup } from '../../../modules/clients/schema.ts';
import { useProfessionalOptions } from './professionals.ts';

export type ProfileValues = {
  name: string;
  birthYear: string;
  contactPerson: string;
  bValue: string | null;
  pValue: string | null;
  groupId: string | null;
  /** The following professional (a member's user id). */
  professionalId: string | null;
};

const empty: ProfileValues = {
  name: '',
  birthYear: '',
  contactPerson: '',
  bValue: null,
  pValue: null,
  groupId: null,
  professionalId: null,
};

export function profileOf(c: ClientDetail): ProfileValues {
  return {
    name: c.name,
    birthYear: c.birthYear ? String(c.birthYear) : '',
    contactPerson: c.contactPerson ?? '',
    bValue: c.bValue === null ? null : String(c.bValue),
    pValue: c.pValue === null ? null : String(c.pValue),
    groupId: c.groupId,
    professionalId: c.professionalId,
  };
}

const body = (v: ProfileValues) => ({
  name: v.name.trim(),
  birthYear: v.birthYear ? Number(v.birthYear) : null,
  contactPerson: v.contactPerson.trim(),
  bValue: v.bValue === null ? null : Number(v.bValue),
  pValue: v.pValue === null ? null : Number(v.pValue),
  groupId: v.groupId,
  professionalId: v.professionalId,
});

/** "Cliënt toevoegen" or "Gegevens wijzigen": name, birth year, contact person, B- and P-value, group, begeleider. */
export function ClientDialog({
  orgId,
  membership,
  groups,
  client,
  opened,
  onClose,
  onSaved,
}: {
  orgId: string;
  membership: Membership;
  groups: ClientGroup[];
  client?: ClientDetail;
  opened: boolean;
  onClose: () => void;
  onSaved: (c: ClientDetail) => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm<ProfileValues>({
    initialValues: empty,
    validate: { name: (value) => (value.trim() ? undefined : t('clients.form.required')) },
  });
  const professionals = useProfessionalOptions(membership, client?.professionalId ?? null);
  const save = useMutation({
    mutationFn: (v: ProfileValues) =>
      client
        ? call(api.PATCH('/orgs/{orgId}/clients/{clientId}', { ...at(orgId, { clientId: client.id }), body: body(v) }))
        : call(api.POST('/orgs/{orgId}/clients', { ...at(orgId), body: body(v) })),
    onSuccess: async (saved) => {
      await refreshClients(orgId);
      onSaved(saved);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  useFillOnOpen(form, save, () => (opened ? (client ? profileOf(client) : empty) : null), [opened, client]);
  const birthYear = form.getInputProps('birthYear');
  const range = (n: number, p: string) =>
    Array.from({ length: n + 1 }, (_, i) => ({ value: String(i), label: `${p}${i}` }));
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={client ? t('clients.profile.edit') : t('clients.list.add')}
      form={form}
      save={save}
      submit={client ? t('common.save') : t('clients.list.addSubmit')}
    >
      <TextInput label={t('clients.profile.name')} required {...form.getInputProps('name')} data-autofocus />
      <TextInput
        label={t('clients.profile.birthYear')}
        inputMode="numeric"
        {...birthYear}
        onChange={(e) => birthYear.onChange(e.currentTarget.value.replace(/\D/g, '').slice(0, 4))}
      />
      <TextInput label={t('clients.profile.contactPerson')} {...form.getInputProps('contactPerson')} />
      <Group grow>
        <Select label={t('clients.profile.bValue')} data={range(8, 'B')} {...form.getInputProps('bValue')} clearable />
        <Select label={t('clients.profile.pValue')} data={range(7, 'P')} {...form.getInputProps('pValue')} clearable />
      </Group>
      <Select
        label={t('clients.profile.group')}
        data={groups.map((g) => ({ value: g.id, label: g.name }))}
        {...form.getInputProps('groupId')}
        clearable
      />
      <Select
        label={t('clients.profile.professional')}
        description={t('clients.professional.help')}
        data={professionals}
        {...form.getInputProps('professionalId')}
        searchable
        clearable
      />
    </FormDialog>
  );
}
