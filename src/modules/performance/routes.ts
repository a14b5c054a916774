import { router } from '../../server/http.ts';

/** The performance routes, each router spread into the API by server/app.ts. */
export const performanceRoutes = router();
export { actionRoutes, strategyRoutes } from './routes-plans.ts';
export { cockpitRoutes, kpiRoutes } from './routes-kpis.ts';
