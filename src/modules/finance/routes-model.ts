import { orgRoute, routes } from '../../server/route.ts';
import { saveModel } from './costing.ts';
import { getModel } from './queries.ts';
import { yearQuery } from './http.ts';
import { costModelDoc } from './schema.ts';

const base = '/orgs/{orgId}/finance/model';

/** The cost model of a year, loaded and saved as one document. Template routes: routes-files.ts. */
export const modelRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags: ['finance'],
    summary: 'The cost model of a year',
    action: 'finance.read',
    query: yearQuery,
    response: costModelDoc,
    handler: async (c, { orgId, db, query }) => c.json(await getModel(db, orgId, query.year), 200),
  }),
  orgRoute({
    method: 'put',
    path: base,
    tags: ['finance'],
    summary: 'Save the cost model of a year (checked first)',
    action: 'finance.manage',
    query: yearQuery,
    body: costModelDoc,
    response: costModelDoc,
    handler: async (c, { orgId, user, db, query, body, audit }) => {
      const doc = { ...body, year: query.year };
      const saved = await saveModel(db, orgId, user.id, doc);
      await audit({
        action: 'finance.model_saved',
        entity: 'fin_cost_model',
        entityId: String(doc.year),
        details: { centres: doc.centres.length, keys: doc.keys.length },
      });
      return c.json(saved, 200);
    },
  }),
);
