import { createRoute } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction, requireUser } from '../../server/auth.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import { createOrganisation, getOrganisation, updateOrganisation } from './queries.ts';
import { organisation, organisationInput, organisationPatch } from './schema.ts';

/** Organisation profile: create, read, change settings. Members live in `members-routes.ts`. */
export const orgRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs',
      tags: ['organisations'],
      summary: 'Create an organisation; the caller becomes its administrator',
      middleware: [requireUser] as const,
      request: jsonBody(organisationInput),
      responses: jsonResponse(organisation),
    }),
    async (c) => {
      const user = currentUser(c);
      const org = await c.var.db
        .transaction()
        .execute((tx) => createOrganisation(tx, c.req.valid('json'), { creatorUserId: user.id }));
      await auditFor(c)({
        orgId: org.id,
        action: 'org.created',
        entity: 'organisation',
        entityId: org.id,
        details: { name: org.name },
      });
      return c.json(org, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}',
      tags: ['organisations'],
      summary: 'The organisation profile',
      middleware: [requireAction('org.read')] as const,
      request: { params: orgParams },
      responses: jsonResponse(organisation),
    }),
    async (c) => c.json(await getOrganisation(c.var.db, c.req.valid('param').orgId), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}',
      tags: ['organisations'],
      summary: 'Change the organisation settings',
      middleware: [requireAction('org.update')] as const,
      request: { params: orgParams, ...jsonBody(organisationPatch) },
      responses: jsonResponse(organisation),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { before, after } = await updateOrganisation(c.var.db, orgId, c.req.valid('json'));
      const changes = Object.fromEntries(
        Object.keys(c.req.valid('json'))
          .filter((k) => before[k as keyof typeof before] !== after[k as keyof typeof after])
          .map((k) => [k, { from: before[k as keyof typeof before], to: after[k as keyof typeof after] }]),
      );
      await auditFor(c)({ orgId, action: 'org.updated', entity: 'organisation', entityId: orgId, details: changes });
      return c.json(after, 200);
    },
  );
