import { z } from 'zod';
import { action, organisationInput, role } from '../orgs/schema.ts';

/** Passwords: at least 10 characters (NIST 800-63B favours length over composition rules). */
export const password = z.string().min(10).max(200);

export const loginInput = z.strictObject({
  email: z.string().trim().max(254),
  password: z.string().max(200),
});

export const passwordChangeInput = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: password,
});

export const resetInput = z.strictObject({ token: z.string().min(10).max(200), password });

export const setupInput = z.strictObject({
  token: z.string().min(10).max(200),
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  password,
  organisation: organisationInput,
});

export const locale = z.enum(['nl', 'en']);

export const profilePatch = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  locale: locale.optional(),
});

export const session = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale }),
  memberships: z.array(z.object({ orgId: z.uuid(), orgName: z.string(), role, permissions: z.array(action) })),
});
export type Session = z.infer<typeof session>;
