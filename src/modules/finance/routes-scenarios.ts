import { createRoute, z } from '@hono/zod-openapi';
import { requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, noContent, orgParams, router } from '../../server/http.ts';
import { yearQuery } from './http.ts';
import { deleteScenario, listScenarios, saveScenario, suggestLines } from './planning.ts';
import { costLine, scenario, scenarioInput } from './schema.ts';

const base = '/orgs/{orgId}/finance/scenarios';
const scenarioParams = orgParams.extend({ scenarioId: z.uuid() });

/** Saved scenarios of the scale simulator (the curves are computed in the browser). */
export const scenarioRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: ['finance'],
      summary: 'Scenarios of a year',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: yearQuery },
      responses: jsonResponse(z.object({ items: z.array(scenario) })),
    }),
    async (c) =>
      c.json({ items: await listScenarios(c.var.db, c.req.valid('param').orgId, c.req.valid('query').year) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/suggest`,
      tags: ['finance'],
      summary: 'Cost lines of a centre from the ledger, as a first scenario',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: yearQuery.extend({ centre: z.string().max(20) }) },
      responses: jsonResponse(z.object({ lines: z.array(costLine) })),
    }),
    async (c) => {
      const { year, centre } = c.req.valid('query');
      return c.json({ lines: await suggestLines(c.var.db, c.req.valid('param').orgId, year, centre) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: base,
      tags: ['finance'],
      summary: 'Save a new scenario',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, ...jsonBody(scenarioInput) },
      responses: jsonResponse(scenario),
    }),
    async (c) => c.json(await saveScenario(c.var.db, c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: `${base}/{scenarioId}`,
      tags: ['finance'],
      summary: 'Change a scenario',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: scenarioParams, ...jsonBody(scenarioInput) },
      responses: jsonResponse(scenario),
    }),
    async (c) => {
      const { orgId, scenarioId } = c.req.valid('param');
      return c.json(await saveScenario(c.var.db, orgId, c.req.valid('json'), scenarioId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{scenarioId}`,
      tags: ['finance'],
      summary: 'Delete a scenario',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: scenarioParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, scenarioId } = c.req.valid('param');
      await deleteScenario(c.var.db, orgId, scenarioId);
      return c.body(null, 204);
    },
  );
