/**
 * The finance permissions. `finance.read` and `finance.manage` are actions of the shared permission
 * table (src/modules/orgs/policy.ts); the cast keeps this file compiling while that table grows.
 */
import type { Action } from '../../modules/orgs/policy.ts';
import { allows, type Membership } from '../session.ts';

export const FINANCE_READ = 'finance.read' as Action;
export const FINANCE_MANAGE = 'finance.manage' as Action;

export function canReadFinance(membership: Membership | undefined): boolean {
  return allows(membership, FINANCE_READ);
}

export function canManageFinance(membership: Membership | undefined): boolean {
  return allows(membership, FINANCE_MANAGE);
}
