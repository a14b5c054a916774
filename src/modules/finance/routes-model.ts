import { createRoute } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import { getModel, saveModel } from './costing.ts';
import { yearQuery } from './http.ts';
import { costModelDoc } from './schema.ts';

const base = '/orgs/{orgId}/finance/model';

/** The cost model of a year, loaded and saved as one document. Template routes: routes-files.ts. */
export const modelRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: ['finance'],
      summary: 'The cost model of a year',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: yearQuery },
      responses: jsonResponse(costModelDoc),
    }),
    async (c) => c.json(await getModel(c.var.db, c.req.valid('param').orgId, c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: base,
      tags: ['finance'],
      summary: 'Save the cost model of a year (checked first)',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, query: yearQuery, ...jsonBody(costModelDoc) },
      responses: jsonResponse(costModelDoc),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const doc = { ...c.req.valid('json'), year: c.req.valid('query').year };
      const saved = await saveModel(c.var.db, orgId, currentUser(c).id, doc);
      await auditFor(c)({
        orgId,
        action: 'finance.model_saved',
        entity: 'fin_cost_model',
        entityId: String(doc.year),
        details: { centres: doc.centres.length, keys: doc.keys.length },
      });
      return c.json(saved, 200);
    },
  );
