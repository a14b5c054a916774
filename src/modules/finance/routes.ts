/** Every route of the finance module, mounted by server/app.ts. */
export { accountRoutes } from './routes-accounts.ts';
export { costPriceRoutes } from './routes-costprice.ts';
export { ledgerRoutes } from './routes-ledger.ts';
export { modelRoutes } from './routes-model.ts';
export { scenarioRoutes } from './routes-scenarios.ts';
export { fileRoutes } from './routes-files.ts';
