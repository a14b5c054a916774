/** The social-economy routes, each router spread into the API by server/app.ts. */
export { sePartnerRoutes } from './routes-partners.ts';
export { seWorkerRoutes } from './routes-workers.ts';
