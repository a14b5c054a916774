import { router } from '../../server/http.ts';

/** The caf routes, each router spread into the API by server/app.ts. */
export const cafRoutes = router();
