/** Every route of the people register, mounted by server/app.ts. */
export { employeeRoutes } from './routes-employees.ts';
export { balansRoutes } from './routes-balans.ts';
export { contractRoutes } from './routes-contracts.ts';
export { volunteerRoutes } from './routes-volunteers.ts';
export { payrollImportRoutes } from './routes-import.ts';
export { gridRoutes } from './routes-grid.ts';
