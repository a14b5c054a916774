import { z } from 'zod';
import { publicRoute, routes } from '../../server/route.ts';
import { ORG_TYPES } from './logic.ts';
import { ACTIONS, PERMISSIONS, ROLES } from './policy.ts';

const reference = z.object({
  roles: z.array(z.enum(ROLES)),
  actions: z.array(z.enum(ACTIONS)),
  permissions: z.record(z.enum(ROLES), z.array(z.enum(ACTIONS))),
  orgTypes: z.array(z.object({ code: z.string(), nl: z.string(), en: z.string() })),
});

/** Public reference data for the UI: roles, the permission table and organisation types. */
export const referenceRoutes = routes(
  publicRoute({
    method: 'get',
    path: '/reference',
    tags: ['reference'],
    summary: 'Roles, permissions and organisation types',
    response: reference,
    handler: (c) =>
      c.json(
        {
          roles: [...ROLES],
          actions: [...ACTIONS],
          permissions: Object.fromEntries(ROLES.map((r) => [r, [...PERMISSIONS[r]]])) as Record<
            (typeof ROLES)[number],
            (typeof ACTIONS)[number][]
          >,
          orgTypes: ORG_TYPES.map((t) => ({ ...t })),
        },
        200,
      ),
  }),
);
