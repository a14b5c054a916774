/**
 * What other modules may use of orgs (see docs/architecture.md, "Modules publish, others consume"): the
 * permission table and view rules, and the people and organisations other modules create or look up.
 */
export {
  ACTIONS,
  type Action,
  can,
  clientScope,
  type ClientScope,
  hides,
  PERMISSIONS,
  partnerScope,
  type PartnerScope,
  ROLES,
  type Role,
} from './policy.ts';
export { addMember, createOrganisation, findUserByEmail, getOrganisation, listMembers } from './queries.ts';
