import { createRoute, z } from '@hono/zod-openapi';
import { requireAction } from '../../server/auth.ts';
import { jsonResponse, orgParams, router } from '../../server/http.ts';
import { costPriceReport } from './costing.ts';
import { methodQuery, yearQuery } from './http.ts';
import { keyFiguresOfYear } from './planning.ts';

const base = '/orgs/{orgId}/finance';

/** Cost price per service and the financial key figures. Exports of the report: routes-files.ts. */
export const costPriceRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/costprice`,
      tags: ['finance'],
      summary: 'Cost price per service, allocation flows, coverage and income mix',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: methodQuery },
      responses: jsonResponse(z.any()),
    }),
    async (c) => {
      const { year, method } = c.req.valid('query');
      return c.json(await costPriceReport(c.var.db, c.req.valid('param').orgId, year, method), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/keyfigures`,
      tags: ['finance'],
      summary: 'Key figures per quarter and year, each with its formula',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: yearQuery },
      responses: jsonResponse(z.any()),
    }),
    async (c) => c.json(await keyFiguresOfYear(c.var.db, c.req.valid('param').orgId, c.req.valid('query').year), 200),
  );
