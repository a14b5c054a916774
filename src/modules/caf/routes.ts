/** The caf routes, each router spread into the API by server/app.ts. */
export { cafAssessmentRoutes } from './routes-assessments.ts';
export { cafConsensusRoutes } from './routes-consensus.ts';
export { cafReportRoutes } from './routes-report.ts';
