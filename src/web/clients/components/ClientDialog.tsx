import { Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { at, refreshClients } from '../api.ts';
import type { Membership } from '../../session.ts';
import type { ClientDetail, Group as ClientGroup } from '../../../modules/clients/schema.ts';
import { useProfessionalOptions } from './professionals.ts';

export interface ProfileValues {
  name: string;
  birthYear: string;
  contactPerson: string;
  bValue: string | null;
  pValue: string | null;
  groupId: string | null;
  /** The following professional (a member's user id). */
  professionalId: string | null;
}

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
  const [v, setV] = useState<ProfileValues>(empty);
  const professionals = useProfessionalOptions(membership, client?.professionalId ?? null);
  useEffect(() => {
    if (opened) setV(client ? profileOf(client) : empty);
  }, [opened, client]);
  const save = useMutation({
    mutationFn: () =>
      client
        ? call(api.PATCH('/orgs/{orgId}/clients/{clientId}', { ...at(orgId, { clientId: client.id }), body: body(v) }))
        : call(api.POST('/orgs/{orgId}/clients', { ...at(orgId), body: body(v) })),
    onSuccess: async (saved) => {
      await refreshClients(orgId);
      onSaved(saved);
    },
  });
  const errors = fieldErrors(save.error);
  const missing = save.isIdle ? null : !v.name.trim() ? t('clients.form.required') : null;
  const set = (patch: Partial<ProfileValues>) => setV((old) => ({ ...old, ...patch }));
  const close = () => {
    save.reset();
    onClose();
  };
  const range = (n: number, p: string) =>
    Array.from({ length: n + 1 }, (_, i) => ({ value: String(i), label: `${p}${i}` }));
  return (
    <Modal opened={opened} onClose={close} title={client ? t('clients.profile.edit') : t('clients.list.add')}>
      <Form onSubmit={() => v.name.trim() && save.mutate()}>
        <TextInput
          label={t('clients.profile.name')}
          required
          value={v.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.name ?? missing}
          data-autofocus
        />
        <TextInput
          label={t('clients.profile.birthYear')}
          inputMode="numeric"
          value={v.birthYear}
          onChange={(e) => set({ birthYear: e.currentTarget.value.replace(/\D/g, '').slice(0, 4) })}
          error={errors.birthYear}
        />
        <TextInput
          label={t('clients.profile.contactPerson')}
          value={v.contactPerson}
          onChange={(e) => set({ contactPerson: e.currentTarget.value })}
          error={errors.contactPerson}
        />
        <Group grow>
          <Select
            label={t('clients.profile.bValue')}
            data={range(8, 'B')}
            value={v.bValue}
            onChange={(x) => set({ bValue: x })}
            clearable
            error={errors.bValue}
          />
          <Select
            label={t('clients.profile.pValue')}
            data={range(7, 'P')}
            value={v.pValue}
            onChange={(x) => set({ pValue: x })}
            clearable
            error={errors.pValue}
          />
        </Group>
        <Select
          label={t('clients.profile.group')}
          data={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={v.groupId}
          onChange={(x) => set({ groupId: x })}
          clearable
          error={errors.groupId}
        />
        <Select
          label={t('clients.profile.professional')}
          description={t('clients.professional.help')}
          data={professionals}
          value={v.professionalId}
          searchable
          onChange={(x) => set({ professionalId: x })}
          clearable
          error={errors.professionalId}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {client ? t('common.save') : t('clients.list.addSubmit')}
          </Button>
        </Group>
      </Form>
    </Modal>
  );
}
