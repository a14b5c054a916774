/**
 * The choice of a client's following professional ("begeleider"): every member for whoever may read
 * the members (members.read), otherwise only the logged-in user ("ikzelf"). The value is a user id.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../../queries.ts';
import { allows, useSession, type Membership } from '../../session.ts';

export interface ProfessionalOption {
  value: string;
  label: string;
}

/** The logged-in user's id (the pages under `/o/:orgId` only render with a session). */
export function useMyUserId(): string | null {
  return useSession().data?.user.id ?? null;
}

/**
 * The options of the "Begeleider" select. `current` (the saved professional) stays choosable even
 * when it is not in the list (a begeleider sees only themself), so that an edit does not drop it.
 */
export function useProfessionalOptions(membership: Membership, current: string | null = null): ProfessionalOption[] {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  const members = useQuery({ ...membersQuery(membership.orgId), enabled: allows(membership, 'members.read') });
  const options: ProfessionalOption[] = (members.data?.items ?? [])
    .filter((m) => m.userId !== me?.id)
    .map((m) => ({ value: m.userId, label: m.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (me) options.unshift({ value: me.id, label: t('clients.professional.me', { name: me.name }) });
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current, label: t('clients.professional.other') });
  return options;
}
