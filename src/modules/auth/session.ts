import type { SessionUser } from '../../server/http.ts';
import { PERMISSIONS } from '../orgs/public.ts';
import type { Session } from './schema.ts';

/** What the client learns about its own session: the person and, per organisation, role and rights. */
export function presentSession(user: SessionUser): Session {
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
    memberships: [...user.memberships].map(([orgId, m]) => ({
      orgId,
      orgName: m.orgName,
      role: m.role,
      permissions: [...PERMISSIONS[m.role]],
    })),
  };
}
