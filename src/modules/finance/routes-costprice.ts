import { orgRoute, routes } from '../../server/route.ts';
import { agreementCostByCentre, committedCostByCentre } from '../social-economy/public.ts';
import { costPriceReport } from './costing.ts';
import { methodQuery, yearQuery } from './http.ts';
import { keyFiguresOfYear } from './planning.ts';
import { costPriceReport as report, keyFigures } from './schema.ts';

const base = '/orgs/{orgId}/finance';

/** Cost price per service and the financial key figures. Exports of the report: routes-files.ts. */
export const costPriceRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/costprice`,
    tags: ['finance'],
    summary: 'Cost price per service, allocation flows, coverage and income mix',
    action: 'finance.read',
    query: methodQuery,
    response: report,
    handler: async (c, { orgId, db, query: { year, method } }) => {
      return c.json(await costPriceReport(db, orgId, year, method), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/keyfigures`,
    tags: ['finance'],
    summary: 'Key figures per quarter and year, each with its formula',
    action: 'finance.read',
    query: yearQuery,
    response: keyFigures,
    handler: async (c, { orgId, db, query }) => c.json(await keyFiguresOfYear(db, orgId, query.year), 200),
  }),
  orgRoute({
    method: 'get',
    path: `${base}/committed-costs`,
    tags: ['finance'],
    summary:
      'Expected cost of the social-economy cooperation agreements per cost centre: beside the ledger, never added to it',
    action: 'finance.read',
    query: yearQuery,
    response: committedCostByCentre,
    handler: async (c, { orgId, db, query }) => c.json(await agreementCostByCentre(db, orgId, query.year), 200),
  }),
);
