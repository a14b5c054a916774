import { Badge, Button, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../modules/orgs/schema.ts';
import { call, client, errorMessage, queryClient } from '../api.ts';
import { invitationsQuery, orgKey } from '../queries.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { roleLabel } from './labels.ts';

/** The organisation's pending invitations: only the e-mail address and role typed, "invitation pending". */
export function InvitationsTable(props: { orgId: string; orgName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery(props.orgId));
  const withdraw = useMutation({
    mutationFn: (invitation: Invitation) =>
      call(
        client.DELETE('/orgs/{orgId}/invitations/{invitationId}', {
          params: { path: { orgId: props.orgId, invitationId: invitation.id } },
        }),
      ),
    onSuccess: (_, invitation) => {
      void queryClient.invalidateQueries({ queryKey: orgKey(props.orgId) });
      notifications.show({ color: 'teal', message: t('members.withdrawn', { email: invitation.email }) });
    },
    onError: (error) => notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
  });
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('members.email'), value: (i) => i.email, rowHeader: true },
    { key: 'role', header: t('members.role'), value: (i) => roleLabel(t, i.role) },
    {
      key: 'status',
      header: t('members.status'),
      render: () => (
        <Badge color="yellow" variant="light">
          {t('members.invitationPending')}
        </Badge>
      ),
    },
    { key: 'invitedOn', header: t('members.invitedOn'), value: (i) => i.createdAt, format: 'date' },
  ];
  if (props.canManage)
    columns.push({
      key: 'actions',
      header: t('members.actions'),
      render: (invitation) => (
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={withdraw.isPending && withdraw.variables.id === invitation.id}
          aria-label={t('members.withdrawOf', { email: invitation.email })}
          onClick={() => withdraw.mutate(invitation)}
        >
          {t('members.withdraw')}
        </Button>
      ),
    });
  return (
    <>
      <Title order={2} size="h3">
        {t('members.invitations')}
      </Title>
      <DataTable
        caption={t('members.invitationsCaption', { org: props.orgName })}
        rows={items}
        rowKey={(invitation) => invitation.id}
        columns={columns}
      />
    </>
  );
}
