/**
 * The permission table: which role may do which action. Roles are data; this is the one place
 * where they get their rights. Modules add their actions here.
 */
export const ROLES = ['beheerder', 'directie', 'staf', 'begeleider', 'bestuur', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'org.read', 'org.update', 'members.read', 'members.manage', 'audit.read', 'finance.read', 'finance.manage',
  'clients.read', 'clients.manage', 'registrations.write', 'rules.manage',
  'performance.read', 'performance.manage', 'caf.score', 'surveys.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  beheerder: ['org.read', 'org.update', 'members.read', 'members.manage', 'audit.read', 'finance.read', 'rules.manage'],
  directie: ['org.read', 'members.read', 'audit.read', 'finance.read', 'finance.manage', 'clients.read', 'clients.manage', 'registrations.write', 'performance.read', 'performance.manage', 'caf.score', 'surveys.manage'],
  staf: ['org.read', 'finance.read', 'finance.manage', 'clients.read', 'clients.manage', 'registrations.write', 'performance.read', 'performance.manage', 'caf.score', 'surveys.manage'],
  begeleider: ['org.read', 'clients.read', 'registrations.write', 'caf.score'],
  bestuur: ['org.read', 'finance.read', 'performance.read'],
  partner: ['org.read'],
};

/** True when `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
