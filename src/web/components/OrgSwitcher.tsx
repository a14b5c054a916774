import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Action } from '../../modules/orgs/policy.ts';
import { allows, type Membership } from '../session.ts';

/** Which permission the sub-pages of an organisation need, so a switch never lands on "no access". */
const PAGE_PERMISSION: Record<string, Action> = { members: 'members.read', settings: 'org.read', audit: 'audit.read' };

/** Path of the same page in another organisation: /o/A/members → /o/B/members. */
function pathInOrg(pathname: string, target: Membership): string {
  const match = /^\/o\/[^/]+\/([^/]+)/.exec(pathname);
  const page = match?.[1];
  const needed = page ? PAGE_PERMISSION[page] : undefined;
  if (page && needed && allows(target, needed)) return `/o/${target.orgId}/${page}`;
  return `/o/${target.orgId}`;
}

/** Select of the organisations the user belongs to. */
export function OrgSwitcher({ memberships, currentOrgId }: { memberships: Membership[]; currentOrgId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (memberships.length === 0) return null;
  return (
    <Select
      aria-label={t('header.org')}
      placeholder={t('header.org')}
      data={memberships.map((m) => ({ value: m.orgId, label: m.orgName }))}
      value={currentOrgId}
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ withinPortal: true }}
      w={{ base: 180, sm: 260 }}
      onChange={(orgId) => {
        const target = memberships.find((m) => m.orgId === orgId);
        if (target) void navigate(pathInOrg(pathname, target));
      }}
    />
  );
}
