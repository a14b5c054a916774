import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import { onlyVisible, viewerOf, visibleClientIds } from './caseload.ts';
import { consumptionOverview, forecast, issueStatement, statementOf, waitingList } from './overview.ts';
import { ruleSet } from './rules.ts';
import { waitingInput } from './schema.ts';
import { today } from '../../lib/calendar.ts';

const any = jsonResponse(z.any());
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Consumption, statements, forecast and the waiting list. */
export const overviewRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/consumption',
      tags: ['clients'],
      summary:
        'Budget consumption per client and function, with projection and warnings (a begeleider: their caseload)',
      middleware: [requireAction('clients.read')] as const,
      request: {
        params: orgParams,
        query: z.object({ year: z.coerce.number().int().min(2000).max(2100), asOf: z.iso.date().optional() }),
      },
      responses: any,
    }),
    async (c) => {
      const { year, asOf } = c.req.valid('query');
      const until = asOf ?? (today() < `${year}-12-31` ? today() : `${year}-12-31`);
      const { orgId } = c.req.valid('param');
      const visible = await visibleClientIds(c.var.db, orgId, viewerOf(c));
      return c.json(
        {
          year,
          asOf: until,
          items: onlyVisible(await consumptionOverview(c.var.db, orgId, year, until), visible, (r) => r.clientId),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/statements',
      tags: ['clients'],
      summary: 'The statement of a month: issued, or a draft with corrections of earlier months',
      middleware: [requireAction('clients.income')] as const,
      request: { params: orgParams, query: z.object({ month }) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      return c.json(
        await statementOf(c.var.db, orgId, c.req.valid('query').month, await ruleSet(c.var.db, orgId)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/statements',
      tags: ['clients'],
      summary: 'Issue the statement of a month (then immutable)',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams, ...jsonBody(z.strictObject({ month })) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { month: m } = c.req.valid('json');
      const issued = await issueStatement(c.var.db, orgId, m, currentUser(c).id, await ruleSet(c.var.db, orgId));
      await auditFor(c)({
        orgId,
        action: 'statement.issued',
        entity: 'cl_statement',
        entityId: issued.id,
        details: { month: m, totalCents: issued.statement.totalCents },
      });
      return c.json(issued, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/forecast',
      tags: ['clients'],
      summary: 'Income forecast for 12 months: P10/P50/P90 from a seeded Monte-Carlo simulation',
      middleware: [requireAction('clients.income')] as const,
      request: {
        params: orgParams,
        query: z.object({
          runs: z.coerce.number().int().min(100).max(20_000).default(2_000),
          seed: z.coerce.number().int().default(1),
          costPerFteCents: z.coerce.number().int().positive().optional(),
          leaveProbability: z.coerce.number().min(0).max(1).optional(),
          inflowPerMonth: z.coerce.number().min(0).max(50).default(0.5),
          startMonth: month.optional(),
        }),
      },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const q = c.req.valid('query');
      return c.json(
        await forecast(c.var.db, orgId, await ruleSet(c.var.db, orgId), {
          ...q,
          startMonth: q.startMonth ?? today().slice(0, 7),
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/waiting-list',
      tags: ['clients'],
      summary: 'Waiting list with counts per priority group, waiting times and servable requests',
      middleware: [requireAction('clients.read')] as const,
      request: { params: orgParams, query: z.object({ capacity: z.string().max(2000).optional() }) },
      responses: any,
    }),
    async (c) => {
      let capacity: Record<string, number> = {};
      try {
        capacity = z.record(z.string(), z.number().min(0)).parse(JSON.parse(c.req.valid('query').capacity ?? '{}'));
      } catch {
        throw new AppError(
          'validation',
          {
            nl: 'Vrije capaciteit als {"functie": eenheden per week}.',
            en: 'Free capacity as {"function": units per week}.',
          },
          { fields: [{ path: 'capacity', message: 'JSON' }] },
        );
      }
      const { orgId } = c.req.valid('param');
      const list = await waitingList(c.var.db, orgId, capacity, today());
      // Waiting requests carry only a reference; the budgets not yet started name clients: a caseload's only.
      const visible = await visibleClientIds(c.var.db, orgId, viewerOf(c));
      return c.json({ ...list, budgetStarts: onlyVisible(list.budgetStarts, visible, (b) => b.clientId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/waiting-list',
      tags: ['clients'],
      summary: 'Add a request to the waiting list',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams, ...jsonBody(waitingInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const w = c.req.valid('json');
      const row = await c.var.db
        .insertInto('cl_waiting_request')
        .values({
          org_id: orgId,
          reference: w.reference,
          priority_group: w.priorityGroup,
          requested_on: w.requestedOn,
          decided_on: w.decidedOn ?? null,
          needs: JSON.stringify(w.needs),
          intensity: w.intensity ?? '',
          status: w.status,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditFor(c)({ orgId, action: 'waiting.added', entity: 'cl_waiting_request', entityId: row.id });
      return c.json({ id: row.id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/waiting-list/{requestId}',
      tags: ['clients'],
      summary: 'Change a request (status, group, dates)',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams.extend({ requestId: z.uuid() }), ...jsonBody(waitingInput.partial()) },
      responses: any,
    }),
    async (c) => {
      const { orgId, requestId } = c.req.valid('param');
      const w = c.req.valid('json');
      const r = await c.var.db
        .updateTable('cl_waiting_request')
        .set({
          reference: w.reference,
          priority_group: w.priorityGroup,
          requested_on: w.requestedOn,
          decided_on: w.decidedOn,
          needs: w.needs ? JSON.stringify(w.needs) : undefined,
          intensity: w.intensity,
          status: w.status,
        })
        .where('org_id', '=', orgId)
        .where('id', '=', requestId)
        .executeTakeFirst();
      if (!r.numUpdatedRows) throw AppError.notFound();
      await auditFor(c)({
        orgId,
        action: 'waiting.updated',
        entity: 'cl_waiting_request',
        entityId: requestId,
        details: { fields: Object.keys(w) },
      });
      return c.json({ id: requestId }, 200);
    },
  );
