import { orgRoute, routes, userRoute } from '../../server/route.ts';
import { createOrganisation, getOrganisation, updateOrganisation } from './queries.ts';
import { organisation, organisationInput, organisationPatch } from './schema.ts';

/** Organisation profile: create, read, change settings. Members live in `members-routes.ts`. */
export const orgRoutes = routes(
  userRoute({
    method: 'post',
    path: '/orgs',
    tags: ['organisations'],
    summary: 'Create an organisation; the caller becomes its administrator',
    body: organisationInput,
    response: organisation,
    handler: async (c, { user, audit }) => {
      const org = await c.var.db
        .transaction()
        .execute((tx) => createOrganisation(tx, c.req.valid('json'), { creatorUserId: user.id }));
      await audit({
        orgId: org.id,
        action: 'org.created',
        entity: 'organisation',
        entityId: org.id,
        details: { name: org.name },
      });
      return c.json(org, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}',
    tags: ['organisations'],
    summary: 'The organisation profile',
    action: 'org.read',
    response: organisation,
    handler: async (c, { orgId }) => c.json(await getOrganisation(c.var.db, orgId), 200),
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}',
    tags: ['organisations'],
    summary: 'Change the organisation settings',
    action: 'org.update',
    body: organisationPatch,
    response: organisation,
    handler: async (c, { orgId, audit }) => {
      const patch = c.req.valid('json');
      const { before, after } = await updateOrganisation(c.var.db, orgId, patch);
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => before[k] !== after[k]);
      const details = Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }]));
      await audit({ action: 'org.updated', entity: 'organisation', entityId: orgId, details });
      return c.json(after, 200);
    },
  }),
);
