import { z } from 'zod';
import { noContent } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { yearQuery } from './http.ts';
import { suggestLines } from './planning.ts';
import { deleteScenario, listScenarios, saveScenario } from './queries.ts';
import { costLine, scenario, scenarioInput } from './schema.ts';

const base = '/orgs/{orgId}/finance/scenarios';
const scenarioParams = z.object({ orgId: z.uuid(), scenarioId: z.uuid() });

/** Saved scenarios of the scale simulator (the curves are computed in the browser). */
export const scenarioRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags: ['finance'],
    summary: 'Scenarios of a year',
    action: 'finance.read',
    query: yearQuery,
    response: z.object({ items: z.array(scenario) }),
    handler: async (c, { orgId, db, query }) => c.json({ items: await listScenarios(db, orgId, query.year) }, 200),
  }),
  orgRoute({
    method: 'get',
    path: `${base}/suggest`,
    tags: ['finance'],
    summary: 'Cost lines of a centre from the ledger, as a first scenario',
    action: 'finance.read',
    query: yearQuery.extend({ centre: z.string().max(20) }),
    response: z.object({ lines: z.array(costLine) }),
    handler: async (c, { orgId, db, query: { year, centre } }) => {
      return c.json({ lines: await suggestLines(db, orgId, year, centre) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: base,
    tags: ['finance'],
    summary: 'Save a new scenario',
    action: 'finance.manage',
    body: scenarioInput,
    response: scenario,
    handler: async (c, { orgId, db, body }) => c.json(await saveScenario(db, orgId, body), 200),
  }),
  orgRoute({
    method: 'put',
    path: `${base}/{scenarioId}`,
    tags: ['finance'],
    summary: 'Change a scenario',
    action: 'finance.manage',
    params: scenarioParams,
    body: scenarioInput,
    response: scenario,
    handler: async (c, { orgId, db, params, body }) =>
      c.json(await saveScenario(db, orgId, body, params.scenarioId), 200),
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{scenarioId}`,
    tags: ['finance'],
    summary: 'Delete a scenario',
    action: 'finance.manage',
    params: scenarioParams,
    response: noContent,
    handler: async (c, { orgId, db, params }) => {
      await deleteScenario(db, orgId, params.scenarioId);
      return c.body(null, 204);
    },
  }),
);
