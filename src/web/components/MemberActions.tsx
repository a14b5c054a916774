import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../modules/orgs/schema.ts';

/** The "Acties" menu of one member row: a one-time password link, and removal (not of oneself). */
export function MemberActions(props: {
  member: Member;
  self: boolean;
  linkPending: boolean;
  onResetLink: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { member } = props;
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          loading={props.linkPending}
          aria-label={t('members.actionsOf', { name: member.name })}
        >
          {t('members.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={props.onResetLink} aria-label={t('members.resetLinkOf', { name: member.name })}>
          {t('members.resetLink')}
        </Menu.Item>
        {!props.self && (
          <Menu.Item color="red" onClick={props.onRemove} aria-label={t('members.removeOf', { name: member.name })}>
            {t('members.remove')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
