/** Home, the boordtabel: GET /orgs/{orgId}/home. */
import { today } from '../../lib/calendar.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { boordtabel } from './boordtabel.ts';
import { homeAnswer } from './schema.ts';

export const homeRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/home',
    tags: ['home'],
    summary: "The boordtabel: the helicopter view of the caller's role (sections the role may not see are absent)",
    action: 'org.read',
    response: homeAnswer,
    handler: async (c, { orgId, user, role, db, audit }) => {
      const answer = await boordtabel(db, { orgId, userId: user.id, role, today: today() });
      const named = new Set(
        [
          ...(answer.budgets?.runningOut ?? []),
          ...(answer.budgets?.underUse ?? []),
          ...(answer.budgets?.mine ?? []),
          ...(answer.agenda?.dates ?? []),
          ...(answer.agenda?.toRegister ?? []),
        ].flatMap((x) => (x.clientId ? [x.clientId] : [])),
      );
      // Home names clients: that is a read of client data, audited like the client list.
      if (named.size > 0)
        await audit({
          action: 'client.listed',
          entity: 'cl_client',
          details: { view: 'home', count: named.size },
          read: true,
        });
      return c.json(answer, 200);
    },
  }),
);
