/** One client's budget per support function: GET /orgs/{orgId}/clients/{clientId}/consumption. */
import { z } from 'zod';
import { thisYear, today } from '../../lib/calendar.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { requireVisibleClient } from './caseload.ts';
import { clientConsumption } from './client-consumption.ts';
import { clientConsumptionAnswer } from './schema.ts';

export const clientConsumptionRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/clients/{clientId}/consumption',
    tags: ['clients'],
    summary:
      "A client's budget per support function: agreed, used, remaining, projected, warnings and the registrations behind them (audited)",
    action: 'clients.read',
    params: z.object({ orgId: z.uuid(), clientId: z.uuid() }),
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    response: clientConsumptionAnswer,
    handler: async (c, { orgId, user, role, db, params: { clientId }, query, audit }) => {
      await requireVisibleClient(db, orgId, { userId: user.id, role }, clientId);
      const answer = await clientConsumption(db, orgId, clientId, query.year ?? thisYear(), today());
      await audit({
        action: 'client.read',
        entity: 'cl_client',
        entityId: clientId,
        details: { view: 'consumption' },
        read: true,
      });
      return c.json(answer, 200);
    },
  }),
);
