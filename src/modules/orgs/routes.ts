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
    handler: async (c, { user, db, body, audit }) => {
      const org = await db.transaction().execute((tx) => createOrganisation(tx, body, { creatorUserId: user.id }));
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
    handler: async (c, { orgId, db }) => c.json(await getOrganisation(db, orgId), 200),
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}',
    tags: ['organisations'],
    summary: 'Change the organisation settings',
    action: 'org.update',
    body: organisationPatch,
    response: organisation,
    handler: async (c, { orgId, db, body: patch, audit }) => {
      const { before, after } = await updateOrganisation(db, orgId, patch);
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => before[k] !== after[k]);
      const details = Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }]));
      await audit({ action: 'org.updated', entity: 'organisation', entityId: orgId, details });
      return c.json(after, 200);
    },
  }),
);
