/**
 * The permission table: which role may do which action, and what of the records an action reaches
 * the role sees (record- and field-level rules). Roles are data; this is the one place where they
 * get their rights. Modules add their actions and rules here.
 */
export const ROLES = ['beheerder', 'directie', 'staf', 'begeleider', 'bestuur', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'org.read',
  'org.update',
  'members.read',
  'members.manage',
  'audit.read',
  'finance.read',
  'finance.manage',
  'clients.read',
  'clients.income',
  'clients.manage',
  'registrations.write',
  'rules.manage',
  'performance.read',
  'performance.manage',
  'caf.score',
  'surveys.manage',
  'people.read',
  'people.manage',
  'people.figures',
  'competences.manage',
  'competences.self',
  'strategy.read',
  'strategy.manage',
  'partnerships.read',
  'partnerships.manage',
  'partnerships.decide',
  'governance.read',
  'governance.manage',
  'governance.board',
  'handbook.read',
  'handbook.write',
  'handbook.approve',
  'complaints.register',
  'complaints.manage',
  'complaints.figures',
  'socialeconomy.read',
  'socialeconomy.manage',
  'socialeconomy.log',
  'jobcarving.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The work the direction and the staff share: finance, clients, the quality system (complaints too), the surveys and the people. */
const MANAGEMENT_WORK = [
  'finance.read',
  'finance.manage',
  'clients.read',
  'clients.income',
  'clients.manage',
  'registrations.write',
  'performance.read',
  'performance.manage',
  'caf.score',
  'surveys.manage',
  'people.read',
  'people.manage',
  'people.figures',
  'competences.manage',
  'competences.self',
  'strategy.read',
  'strategy.manage',
  'handbook.read',
  'handbook.write',
  'complaints.register',
  'complaints.manage',
  'complaints.figures',
  'socialeconomy.read',
  'socialeconomy.manage',
  'socialeconomy.log',
  'jobcarving.manage',
] as const satisfies readonly Action[];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  beheerder: ['org.read', 'org.update', 'members.read', 'members.manage', 'audit.read', 'finance.read', 'rules.manage'],
  // The direction also sees the members and the audit log; neither changes memberships (the beheerder does).
  directie: [
    'org.read',
    'members.read',
    'audit.read',
    ...MANAGEMENT_WORK,
    'handbook.approve',
    // Partnerships and governance: the direction decides on partnerships and records any body's decision.
    'partnerships.read',
    'partnerships.manage',
    'partnerships.decide',
    'governance.read',
    'governance.manage',
    'governance.board',
  ],
  // The staff prepares: assessments, projects and the decisions of the direction and the teams.
  staf: [
    'org.read',
    ...MANAGEMENT_WORK,
    'partnerships.read',
    'partnerships.manage',
    'governance.read',
    'governance.manage',
  ],
  begeleider: [
    'org.read',
    'clients.read',
    'registrations.write',
    'caf.score',
    'competences.self',
    'handbook.read',
    'complaints.register',
  ],
  // The board reads partnerships and governance, and records the decisions of the general assembly and the board.
  bestuur: [
    'org.read',
    'finance.read',
    'performance.read',
    'people.figures',
    'strategy.read',
    'handbook.read',
    'complaints.figures',
    'partnerships.read',
    'governance.read',
    'governance.board',
  ],
  // A coach of a partner enterprise: only that enterprise's workers and agreements (VIEW_RULES.partners),
  // logging hours and evaluations; no clients, no finance.
  partner: ['org.read', 'socialeconomy.read', 'socialeconomy.log'],
};

/** True when `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/**
 * Which clients a role sees with `clients.read` and `registrations.write`: every client of the
 * organisation, or its caseload (the clients it follows as their professional, and the clients of
 * the groups it works in). A client outside the caseload answers 404, like another organisation's.
 */
export type ClientScope = 'organisation' | 'caseload';

/**
 * Which social-economy records a role sees with `socialeconomy.read`: those of every partner enterprise
 * of the organisation, or only those of the one enterprise the member is linked to (`own`; the
 * `partner` role). A record of another enterprise answers 404, like another organisation's.
 */
export type PartnerScope = 'organisation' | 'own';

/**
 * Fields a role does not get, even on a record it may see:
 * - `client.money`: euro amounts on a client (living costs of the agreements).
 * - `members.others`: other members in pickers (`/performance/choices` gives only the caller).
 */
export const HIDDEN_FIELDS = ['client.money', 'members.others'] as const;
export type HiddenField = (typeof HIDDEN_FIELDS)[number];

/** The record- and field-level rules of each role, beside the permission table above. */
export const VIEW_RULES: Record<
  Role,
  { clients: ClientScope; partners: PartnerScope; hidden: readonly HiddenField[] }
> = {
  beheerder: { clients: 'organisation', partners: 'organisation', hidden: [] },
  directie: { clients: 'organisation', partners: 'organisation', hidden: [] },
  staf: { clients: 'organisation', partners: 'organisation', hidden: [] },
  begeleider: { clients: 'caseload', partners: 'organisation', hidden: ['client.money', 'members.others'] },
  bestuur: { clients: 'organisation', partners: 'organisation', hidden: [] },
  partner: { clients: 'caseload', partners: 'own', hidden: ['client.money', 'members.others'] },
};

/** Which social-economy partner enterprises' records (workers, agreements, trajectories) a role sees. */
export function partnerScope(role: Role): PartnerScope {
  return VIEW_RULES[role].partners;
}

/** Which clients `role` sees. */
export function clientScope(role: Role): ClientScope {
  return VIEW_RULES[role].clients;
}

/** True when `role` does not get `field`. */
export function hides(role: Role, field: HiddenField): boolean {
  return VIEW_RULES[role].hidden.includes(field);
}
