/** Every route of the clients module, mounted by server/app.ts. */
export { clientRoutes } from './routes-clients.ts';
export { offerRoutes } from './routes-offer.ts';
export { overviewRoutes } from './routes-overview.ts';
export { registrationRoutes } from './routes-registration.ts';
export { statementExportRoutes } from './routes-exports.ts';
export { clientConsumptionRoutes } from './routes-client-consumption.ts';
