import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../modules/orgs/schema.ts';
import type { Role } from '../../modules/orgs/policy.ts';
import { call, client, errorMessage, queryClient } from '../api.ts';
import { AddMemberDialog, type AddedMember } from '../components/AddMemberDialog.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useOrg } from '../components/context.ts';
import { roleLabel } from '../components/labels.ts';
import { InvitationsTable } from '../components/InvitationsTable.tsx';
import { LinkDialog, type OneTimeLink } from '../components/LinkDialog.tsx';
import { MembersTable } from '../components/MembersTable.tsx';
import { MessagePage } from '../components/MessagePage.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { membersQuery, orgKey } from '../queries.ts';
import { allows } from '../session.ts';
import { PageHelp } from '../guide/PageHelp.tsx';

function fail(title: string) {
  return (error: unknown) => notifications.show({ color: 'red', title, message: errorMessage(error) });
}

/** The members of an organisation; administrators add, re-role and remove them. */
export function MembersPage() {
  const { t } = useTranslation();
  const { session, membership } = useOrg();
  usePageTitle(`${t('members.title')} – ${membership.orgName}`);
  const orgId = membership.orgId;
  const canManage = allows(membership, 'members.manage');
  const members = useQuery({ ...membersQuery(orgId), enabled: allows(membership, 'members.read') });
  const [adding, setAdding] = useState(false);
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey(orgId) });
  const at = (member: Member) => ({ path: { orgId, memberId: member.id } });

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      call(client.PATCH('/orgs/{orgId}/members/{memberId}', { params: at(member), body: { role } })),
    onSuccess: (updated) => {
      void refresh();
      notifications.show({
        color: 'teal',
        message: t('members.roleChanged', { name: updated.name, role: roleLabel(t, updated.role) }),
      });
    },
    onError: fail(t('common.error')),
  });
  const remove = async (member: Member) => {
    await call(client.DELETE('/orgs/{orgId}/members/{memberId}', { params: at(member) }));
    void refresh();
    notifications.show({ color: 'teal', message: t('members.removed', { name: member.name }) });
  };
  const resetLink = useMutation({
    mutationFn: (member: Member) =>
      call(client.POST('/orgs/{orgId}/members/{memberId}/reset-link', { params: at(member) })),
    onSuccess: (result, member) => setLink({ name: member.name, url: result.url, expiresAt: result.expiresAt }),
    onError: fail(t('common.error')),
  });
  const added = ({ member, invitation, resetUrl }: AddedMember) => {
    setAdding(false);
    if (invitation || !member)
      notifications.show({ color: 'teal', title: t('members.invitedTitle'), message: t('members.invited') });
    else if (resetUrl) setLink({ name: member.name, url: resetUrl, intro: t('members.added', { name: member.name }) });
    else
      notifications.show({
        color: 'teal',
        title: t('members.addedTitle'),
        message: t('members.added', { name: member.name }),
      });
  };

  if (!allows(membership, 'members.read'))
    return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('members.title')}</Title>
        {canManage && <Button onClick={() => setAdding(true)}>{t('members.add')}</Button>}
      </Group>
      <PageHelp title={t('members.title')} />
      {!members.data ? (
        <QueryState error={members.error} />
      ) : members.data.items.length === 0 ? (
        <Text>{t('members.empty')}</Text>
      ) : (
        <MembersTable
          members={members.data.items}
          caption={t('members.caption', { org: membership.orgName })}
          selfUserId={session.user.id}
          canManage={canManage}
          pendingRoleOf={changeRole.isPending ? changeRole.variables.member.id : undefined}
          pendingLinkOf={resetLink.isPending ? resetLink.variables.id : undefined}
          onRole={(member, role) => changeRole.mutate({ member, role })}
          onResetLink={(member) => resetLink.mutate(member)}
          onRemove={setRemoving}
        />
      )}
      <InvitationsTable orgId={orgId} orgName={membership.orgName} canManage={canManage} />
      {canManage && <AddMemberDialog orgId={orgId} opened={adding} onClose={() => setAdding(false)} onAdded={added} />}
      <LinkDialog link={link} onClose={() => setLink(null)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('members.confirmTitle')}
        text={removing ? t('members.confirmText', { name: removing.name, email: removing.email }) : ''}
        confirm={t('members.remove')}
        onConfirm={() => remove(removing!)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
