import { orgRoute, routes } from '../../server/route.ts';
import { listAudit } from './queries.ts';
import { auditPage, auditQuery } from './schema.ts';

export const auditRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/audit',
    tags: ['audit'],
    summary: 'The organisation audit log, newest first',
    action: 'audit.read',
    query: auditQuery,
    response: auditPage,
    handler: async (c, { orgId, db, query }) => c.json(await listAudit(db, orgId, query), 200),
  }),
);
