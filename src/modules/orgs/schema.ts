import { z } from 'zod';
import { isValidKbo } from './logic.ts';
import { ORG_TYPE_CODES } from './logic.ts';
import { ACTIONS, ROLES } from './policy.ts';

/** Text a person types: trimmed, at least one character, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const kboInput = z.string().trim().max(20).refine(isValidKbo, { message: 'invalid_kbo' });

export const organisationInput = z.strictObject({
  name: text(200),
  kbo: kboInput.nullable().optional(),
  type: z.enum(ORG_TYPE_CODES),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  language: z.enum(['nl', 'en']).default('nl'),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisationPatch = z.strictObject({
  name: text(200).optional(),
  kbo: kboInput.nullable().optional(),
  type: z.enum(ORG_TYPE_CODES).optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  language: z.enum(['nl', 'en']).optional(),
});

export const organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kbo: z.string().nullable(),
  type: z.enum(ORG_TYPE_CODES),
  fiscalYearStartMonth: z.number().int(),
  language: z.enum(['nl', 'en']),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof organisation>;

export const role = z.enum(ROLES);
/** An action of the permission table (policy.ts). */
export const action = z.enum(ACTIONS);

export const memberInput = z.strictObject({
  email: z.email().max(254),
  name: text(120),
  role,
  password: z.string().min(10).max(200).optional(),
});

export const memberPatch = z.strictObject({ role });

export const member = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role,
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type Member = z.infer<typeof member>;

/** A pending invitation as the organisation's administrators see it: only what they typed themselves. */
export const invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  role,
  status: z.literal('pending'),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitation>;

/** A pending invitation as the invited person sees it. */
export const myInvitation = z.object({ id: z.uuid(), orgName: z.string(), role, createdAt: z.string() });
export type MyInvitation = z.infer<typeof myInvitation>;

/**
 * The answer to adding a member: a new person becomes a `member` at once (with a one-time password
 * link when no password was given); a person who already has an account gets an `invitation`.
 */
export const memberAdded = z.object({
  member: member.optional(),
  invitation: invitation.optional(),
  resetUrl: z.string().optional(),
});
export type MemberAdded = z.infer<typeof memberAdded>;
