import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MyInvitation } from '../../modules/orgs/schema.ts';
import { call, client, errorMessage, queryClient, SESSION_KEY } from '../api.ts';
import { myInvitationsQuery } from '../queries.ts';
import { roleLabel } from './labels.ts';

/** Invitations to join an organisation, shown to the invited person above every page until answered. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invitations = useQuery(myInvitationsQuery());
  const answer = useMutation({
    mutationFn: ({ invitation, accept }: { invitation: MyInvitation; accept: boolean }) => {
      const params = { path: { invitationId: invitation.id } };
      return accept
        ? call(client.POST('/invitations/{invitationId}/accept', { params }))
        : call(client.POST('/invitations/{invitationId}/decline', { params }));
    },
    onSuccess: async (result, { invitation, accept }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
        queryClient.invalidateQueries({ queryKey: myInvitationsQuery().queryKey }),
      ]);
      notifications.show({
        color: 'teal',
        message: t(accept ? 'invitations.accepted' : 'invitations.declined', { org: invitation.orgName }),
      });
      if (accept && result) void navigate(`/o/${result.orgId}`);
    },
    onError: (error) => notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
  });
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" mb="lg" component="section" aria-label={t('invitations.title')}>
      {items.map((invitation) => {
        const busy = answer.isPending && answer.variables.invitation.id === invitation.id;
        return (
          <Alert key={invitation.id} color="teal" title={t('invitations.title')}>
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm">
                {t('invitations.text', { org: invitation.orgName, role: roleLabel(t, invitation.role) })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  loading={busy && answer.variables.accept}
                  disabled={busy}
                  onClick={() => answer.mutate({ invitation, accept: true })}
                >
                  {t('invitations.accept')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  loading={busy && !answer.variables.accept}
                  disabled={busy}
                  onClick={() => answer.mutate({ invitation, accept: false })}
                >
                  {t('invitations.decline')}
                </Button>
              </Group>
            </Group>
          </Alert>
        );
      })}
    </Stack>
  );
}
