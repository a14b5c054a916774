/** The clients permissions (src/modules/orgs/policy.ts). */
import { allows, type Membership } from '../session.ts';

export const canReadClients = (m: Membership | undefined) => allows(m, 'clients.read');
export const canManageClients = (m: Membership | undefined) => allows(m, 'clients.manage');
export const canRegister = (m: Membership | undefined) => allows(m, 'registrations.write');
export const canManageRules = (m: Membership | undefined) => allows(m, 'rules.manage');
/** The navigation group is shown to whoever can read clients, register or edit the rule tables. */
export const seesClients = (m: Membership | undefined) => canReadClients(m) || canRegister(m) || canManageRules(m);
