import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { today } from '../../lib/calendar.ts';
import { onlyVisible, visibleClientIds } from './caseload.ts';
import { msg } from './messages.ts';
import { consumptionOverview, forecast } from './overview.ts';
import { issueStatement, statementOf } from './statements.ts';
import { waitingList } from './waiting-list.ts';
import { addWaitingRequest, updateWaitingRequest } from './queries.ts';
import { ruleSet } from './rules.ts';
import {
  consumptionAnswer,
  forecastAnswer,
  idAnswer,
  statementAnswer,
  waitingInput,
  waitingListAnswer,
} from './schema.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const tags: ['clients'] = ['clients'];
const forecastQuery = z.object({
  runs: z.coerce.number().int().min(100).max(20_000).default(2_000),
  seed: z.coerce.number().int().default(1),
  costPerFteCents: z.coerce.number().int().positive().optional(),
  leaveProbability: z.coerce.number().min(0).max(1).optional(),
  inflowPerMonth: z.coerce.number().min(0).max(50).default(0.5),
  startMonth: month.optional(),
});

/** Free capacity per function from the `capacity` query: JSON `{"function": units per week}`. */
function capacityOf(text: string | undefined): Record<string, number> {
  try {
    return z.record(z.string(), z.number().min(0)).parse(JSON.parse(text ?? '{}'));
  } catch {
    throw new AppError('validation', msg('capacity_json'), { fields: [{ path: 'capacity', message: 'JSON' }] });
  }
}

/** Consumption, statements, forecast and the waiting list. */
export const overviewRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/consumption',
    tags,
    summary: 'Budget consumption per client and function, with projection and warnings (a begeleider: their caseload)',
    action: 'clients.read',
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100), asOf: z.iso.date().optional() }),
    response: consumptionAnswer,
    handler: async (c, { orgId, user, role, db, query: { year, asOf } }) => {
      const until = asOf ?? (today() < `${year}-12-31` ? today() : `${year}-12-31`);
      const visible = await visibleClientIds(db, orgId, { userId: user.id, role });
      const rows = await consumptionOverview(db, orgId, year, until);
      return c.json({ year, asOf: until, items: onlyVisible(rows, visible, (r) => r.clientId) }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/statements',
    tags,
    summary: 'The statement of a month: issued, or a draft with corrections of earlier months',
    action: 'clients.income',
    query: z.object({ month }),
    response: statementAnswer,
    handler: async (c, { orgId, db, query }) =>
      c.json(await statementOf(db, orgId, query.month, await ruleSet(db, orgId)), 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/statements',
    tags,
    summary: 'Issue the statement of a month (then immutable)',
    action: 'clients.manage',
    body: z.strictObject({ month }),
    response: statementAnswer,
    handler: async (c, { orgId, user, db, body: { month: m }, audit }) => {
      const issued = await issueStatement(db, orgId, m, user.id, await ruleSet(db, orgId));
      const details = { month: m, totalCents: issued.statement.totalCents };
      await audit({ action: 'statement.issued', entity: 'cl_statement', entityId: issued.id, details });
      return c.json(issued, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/forecast',
    tags,
    summary: 'Income forecast for 12 months: P10/P50/P90 from a seeded Monte-Carlo simulation',
    action: 'clients.income',
    query: forecastQuery,
    response: forecastAnswer,
    handler: async (c, { orgId, db, query: q }) => {
      const options = { ...q, startMonth: q.startMonth ?? today().slice(0, 7) };
      return c.json(await forecast(db, orgId, await ruleSet(db, orgId), options), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/waiting-list',
    tags,
    summary: 'Waiting list with counts per priority group, waiting times and servable requests',
    action: 'clients.read',
    query: z.object({ capacity: z.string().max(2000).optional() }),
    response: waitingListAnswer,
    handler: async (c, { orgId, user, role, db, query }) => {
      const capacity = capacityOf(query.capacity);
      const list = await waitingList(db, orgId, capacity, today());
      // Waiting requests carry only a reference; the budgets not yet started name clients: a caseload's only.
      const visible = await visibleClientIds(db, orgId, { userId: user.id, role });
      return c.json({ ...list, budgetStarts: onlyVisible(list.budgetStarts, visible, (b) => b.clientId) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/waiting-list',
    tags,
    summary: 'Add a request to the waiting list',
    action: 'clients.manage',
    body: waitingInput,
    response: idAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await addWaitingRequest(db, orgId, body);
      await audit({ action: 'waiting.added', entity: 'cl_waiting_request', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: '/orgs/{orgId}/waiting-list/{requestId}',
    tags,
    summary: 'Change a request (status, group, dates)',
    action: 'clients.manage',
    params: z.object({ orgId: z.uuid(), requestId: z.uuid() }),
    body: waitingInput.partial(),
    response: idAnswer,
    handler: async (c, { orgId, db, params: { requestId }, body: patch, audit }) => {
      await updateWaitingRequest(db, orgId, requestId, patch);
      const details = { fields: Object.keys(patch) };
      await audit({ action: 'waiting.updated', entity: 'cl_waiting_request', entityId: requestId, details });
      return c.json({ id: requestId }, 200);
    },
  }),
);
