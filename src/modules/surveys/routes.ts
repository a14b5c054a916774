import { router } from '../../server/http.ts';

/** The surveys routes, each router spread into the API by server/app.ts. */
export const surveysRoutes = router();
