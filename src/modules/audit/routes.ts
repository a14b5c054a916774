import { createRoute, z } from '@hono/zod-openapi';
import { requireAction } from '../../server/auth.ts';
import { jsonResponse, router } from '../../server/http.ts';
import { listAudit } from './queries.ts';
import { auditPage, auditQuery } from './schema.ts';

export const auditRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/orgs/{orgId}/audit',
    tags: ['audit'],
    summary: 'The organisation audit log, newest first',
    middleware: [requireAction('audit.read')] as const,
    request: { params: z.object({ orgId: z.uuid() }), query: auditQuery },
    responses: jsonResponse(auditPage),
  }),
  async (c) => {
    const { orgId } = c.req.valid('param');
    return c.json(await listAudit(c.var.db, orgId, c.req.valid('query')), 200);
  },
);
