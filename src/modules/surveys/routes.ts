/** Every route of the surveys module, mounted by server/app.ts. */
export { surveyManageRoutes } from './routes-manage.ts';
export { respondentRoutes } from './routes-respondent.ts';
