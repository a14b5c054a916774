import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../modules/orgs/policy.ts';
import type { Member } from '../../modules/orgs/schema.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { roleLabel, roleOptions } from './labels.ts';
import { MemberActions } from './MemberActions.tsx';

/** The members of an organisation, sortable by name, e-mail, role, last login and date added. */
export function MembersTable(props: {
  members: readonly Member[];
  caption: string;
  selfUserId: string;
  canManage: boolean;
  /** The member whose role change or password link is under way (its controls wait). */
  pendingRoleOf?: string;
  pendingLinkOf?: string;
  onRole: (member: Member, role: Role) => void;
  onResetLink: (member: Member) => void;
  onRemove: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const isSelf = (member: Member) => member.userId === props.selfUserId;
  const columns: Column<Member>[] = [
    {
      key: 'name',
      header: t('members.name'),
      value: (m) => m.name,
      rowHeader: true,
      nowrap: true,
      render: (m) => (
        <>
          {m.name}
          {isSelf(m) && <Text span c="dimmed" size="sm">{` (${t('members.you')})`}</Text>}
        </>
      ),
    },
    { key: 'email', header: t('members.email'), value: (m) => m.email },
    {
      key: 'role',
      header: t('members.role'),
      value: (m) => roleLabel(t, m.role),
      render: (m) =>
        props.canManage && !isSelf(m) ? (
          <Select
            aria-label={t('members.roleOf', { name: m.name })}
            data={roleOptions(t)}
            value={m.role}
            allowDeselect={false}
            size="xs"
            w={170}
            disabled={props.pendingRoleOf === m.id}
            onChange={(role) => {
              const chosen = ROLES.find((r) => r === role);
              if (chosen && chosen !== m.role) props.onRole(m, chosen);
            }}
          />
        ) : (
          roleLabel(t, m.role)
        ),
    },
    {
      key: 'lastLogin',
      header: t('members.lastLogin'),
      value: (m) => m.lastLoginAt,
      format: 'dateTime',
      empty: t('common.never'),
    },
    { key: 'created', header: t('members.created'), value: (m) => m.createdAt, format: 'date' },
  ];
  if (props.canManage)
    columns.push({
      key: 'actions',
      header: t('members.actions'),
      render: (m) => (
        <MemberActions
          member={m}
          self={isSelf(m)}
          linkPending={props.pendingLinkOf === m.id}
          onResetLink={() => props.onResetLink(m)}
          onRemove={() => props.onRemove(m)}
        />
      ),
    });
  return (
    <DataTable
      caption={props.caption}
      rows={props.members}
      rowKey={(m) => m.id}
      columns={columns}
      minWidth={props.canManage ? 800 : 600}
    />
  );
}
