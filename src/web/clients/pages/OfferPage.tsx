import { Button, Group, Modal, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatMoneyCents } from '../../format.ts';
import { at, groupCandidatesQuery, offerQuery, refreshClients } from '../api.ts';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { FunctionDialog } from '../components/FunctionDialog.tsx';
import { formatPoints } from '../format.ts';
import type { Group as ClientGroup, SupportFunction } from '../../../modules/clients/schema.ts';

function GroupDialog({
  orgId,
  group,
  onClose,
}: {
  orgId: string;
  group: ClientGroup | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const existing = group && group !== 'new' ? group : null;
  return (
    <Modal
      opened={group !== null}
      onClose={onClose}
      title={existing ? t('clients.offer.editGroup', { name: existing.name }) : t('clients.offer.addGroup')}
    >
      {/* A new form per group: its values start from that group. */}
      {group !== null && <GroupForm key={existing?.id ?? 'new'} orgId={orgId} existing={existing} onSaved={onClose} />}
    </Modal>
  );
}

function GroupForm({ orgId, existing, onSaved }: { orgId: string; existing: ClientGroup | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      name: existing?.name ?? '',
      location: existing?.location ?? '',
      userIds: existing?.members.map((m) => m.userId) ?? [],
    },
  });
  const candidates = useQuery(groupCandidatesQuery(orgId));
  const save = useMutation({
    mutationFn: async ({ name, location, userIds }: typeof form.values) => {
      const saved = existing
        ? await call(
            api.PUT('/orgs/{orgId}/offer/groups/{groupId}', {
              ...at(orgId, { groupId: existing.id }),
              body: { name, location },
            }),
          )
        : await call(api.POST('/orgs/{orgId}/offer/groups', { ...at(orgId), body: { name, location } }));
      await call(
        api.PUT('/orgs/{orgId}/offer/groups/{groupId}/members', {
          ...at(orgId, { groupId: saved.id }),
          body: { userIds },
        }),
      );
    },
    onSuccess: refreshAndClose(() => refreshClients(orgId), onSaved),
    onError: (error) => {
      const fields = fieldErrors(error);
      // `userIds.3` names one member: the error goes on the members field.
      const members = Object.keys(fields).filter((path) => path.startsWith('userIds.'));
      form.showServerErrors(fields, Object.fromEntries(members.map((path) => [path, 'userIds' as const])));
    },
  });
  return (
    <Form onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <TextInput label={t('clients.offer.groupName')} {...form.getInputProps('name')} data-autofocus />
      <TextInput label={t('clients.offer.location')} {...form.getInputProps('location')} />
      <MultiSelect
        label={t('clients.offer.groupMembers')}
        description={t('clients.offer.groupMembersHelp')}
        searchable
        clearable
        {...form.getInputProps('userIds')}
        data={(candidates.data?.items ?? []).map((p) => ({
          value: p.userId,
          label: `${p.name} (${t(`roles.${p.role}`)})`,
        }))}
      />
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Form>
  );
}

function Offer({ orgId, can }: ClientsContext) {
  const { t } = useTranslation();
  const offer = useQuery(offerQuery(orgId));
  const manage = can('clients.manage');
  const [fn, setFn] = useState<SupportFunction | 'new' | null>(null);
  const [group, setGroup] = useState<ClientGroup | 'new' | null>(null);
  if (!offer.data) return <QueryState error={offer.error} inline />;
  const { functions, groups } = offer.data;
  const edit = (name: string, onClick: () => void) => (
    <Button size="compact-sm" variant="subtle" onClick={onClick} aria-label={t('clients.offer.editOf', { name })}>
      {t('clients.offer.edit')}
    </Button>
  );
  const actions = t('clients.waiting.actions');
  const functionColumns: Column<SupportFunction>[] = [
    { key: 'name', header: t('clients.offer.name'), value: (f) => f.name, rowHeader: true },
    // The code (snake_case, for imports) is not shown here: it is in the function's dialog.
    { key: 'unit', header: t('clients.offer.unit'), value: (f) => t(`clients.units.${f.unit}`) },
    {
      key: 'kind',
      header: t('clients.offer.kind'),
      value: (f) =>
        t(`clients.offer.kinds.${f.kind}`) + (f.rthUnitType ? ` · ${t(`clients.rthTypes.${f.rthUnitType}`)}` : ''),
    },
    {
      key: 'prices',
      header: t('clients.offer.prices'),
      render: (f) =>
        f.prices.map((p) => (
          <Text key={p.validFrom} size="sm">
            {t('clients.offer.priceLine', {
              from: formatDate(p.validFrom),
              to: p.validTo ? formatDate(p.validTo) : '…',
              points: formatPoints(p.points),
              euro: formatMoneyCents(p.euroCents),
            })}
          </Text>
        )),
    },
    ...(manage
      ? [{ key: 'actions', header: actions, render: (f: SupportFunction) => edit(f.name, () => setFn(f)) }]
      : []),
  ];
  const groupColumns: Column<ClientGroup>[] = [
    { key: 'name', header: t('clients.offer.groupName'), value: (g) => g.name, rowHeader: true },
    { key: 'location', header: t('clients.offer.location'), value: (g) => g.location || null },
    {
      key: 'members',
      header: t('clients.offer.groupMembers'),
      value: (g) => g.members.map((m) => m.name).join(', ') || null,
    },
    ...(manage
      ? [{ key: 'actions', header: actions, render: (g: ClientGroup) => edit(g.name, () => setGroup(g)) }]
      : []),
  ];
  return (
    <Stack gap="lg">
      {!manage && <Text size="sm">{t('clients.readOnly')}</Text>}
      <Section
        title={t('clients.offer.functionsTitle')}
        actions={manage && <Button onClick={() => setFn('new')}>{t('clients.offer.addFunction')}</Button>}
      >
        <DataTable
          caption={t('clients.offer.functionsCaption')}
          rows={functions}
          rowKey={(f) => f.code}
          columns={functionColumns}
          minWidth={760}
          empty={t('clients.offer.noFunctions')}
        />
      </Section>
      <Section
        title={t('clients.offer.groupsTitle')}
        actions={manage && <Button onClick={() => setGroup('new')}>{t('clients.offer.addGroup')}</Button>}
      >
        <DataTable
          caption={t('clients.offer.groupsCaption')}
          rows={groups}
          rowKey={(g) => g.id}
          columns={groupColumns}
          minWidth={560}
          empty={t('clients.offer.noGroups')}
        />
      </Section>
      <FunctionDialog orgId={orgId} fn={fn === 'new' ? null : fn} opened={fn !== null} onClose={() => setFn(null)} />
      <GroupDialog orgId={orgId} group={group} onClose={() => setGroup(null)} />
    </Stack>
  );
}

/** `/o/:orgId/clients/offer`: support functions with price periods (points and euro) and groups. */
export function OfferPage() {
  return <ClientsFramePage title="clients.offer.title" needs={['clients.read']} body={Offer} />;
}
