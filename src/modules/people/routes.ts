/** Every route of the people register, mounted by server/app.ts. */
export { employeeRoutes } from './routes-employees.ts';
export { balansRoutes } from './routes-balans.ts';
