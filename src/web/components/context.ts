/** What the logged-in layouts hand down to their pages through `<Outlet context>`. */
import { useOutletContext } from 'react-router';
import type { Session } from '../../modules/auth/schema.ts';
import type { Membership } from '../session.ts';

export interface ShellContext {
  session: Session;
}

export interface OrgContext extends ShellContext {
  membership: Membership;
}

/** For pages inside the app shell (e.g. /account). */
export function useShell(): ShellContext {
  return useOutletContext<ShellContext>();
}

/** For pages of one organisation (/o/:orgId/…). */
export function useOrg(): OrgContext {
  return useOutletContext<OrgContext>();
}
