import { Badge, Button, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../modules/orgs/schema.ts';
import { api, errorMessage, queryClient } from '../api.ts';
import { formatDate } from '../format.ts';
import { invitationsQuery, orgKey } from '../queries.ts';
import { roleLabel } from './labels.ts';

/** The organisation's pending invitations: only the e-mail address and role typed, "invitation pending". */
export function InvitationsTable(props: { orgId: string; orgName: string; canManage: boolean }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery(props.orgId));
  const withdraw = useMutation({
    mutationFn: (invitation: Invitation) =>
      api<void>(
        'DELETE',
        `/api/orgs/${encodeURIComponent(props.orgId)}/invitations/${encodeURIComponent(invitation.id)}`,
      ),
    onSuccess: (_, invitation) => {
      void queryClient.invalidateQueries({ queryKey: orgKey(props.orgId) });
      notifications.show({ color: 'teal', message: t('members.withdrawn', { email: invitation.email }) });
    },
    onError: (error) => notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
  });
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      <Title order={2} size="h3">
        {t('members.invitations')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="sm" bg="white">
          <Table.Caption>{t('members.invitationsCaption', { org: props.orgName })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.email')}</Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
              <Table.Th scope="col">{t('members.status')}</Table.Th>
              <Table.Th scope="col">{t('members.invitedOn')}</Table.Th>
              {props.canManage && <Table.Th scope="col">{t('members.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Th scope="row" fw={500}>
                  {invitation.email}
                </Table.Th>
                <Table.Td>{roleLabel(t, invitation.role)}</Table.Td>
                <Table.Td>
                  <Badge color="yellow" variant="light">
                    {t('members.invitationPending')}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(invitation.createdAt)}</Table.Td>
                {props.canManage && (
                  <Table.Td>
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
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
