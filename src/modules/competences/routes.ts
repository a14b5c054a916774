/** The competence routes, each router spread into the API by server/app.ts. */
export { competenceCatalogueRoutes } from './routes-catalogue.ts';
export { competencePeopleRoutes } from './routes-people.ts';
export { competencePlanRoutes } from './routes-plans.ts';
export { competenceSelfRoutes } from './routes-self.ts';
