import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, requireAction } from '../../server/auth.ts';
import { jsonBody, jsonResponse, noContent, orgParams, router } from '../../server/http.ts';
import {
  addAgreement,
  addFunding,
  clientDetail,
  createClient,
  eraseClient,
  exportClient,
  listClients,
  removeClientLine,
  updateClient,
} from './clients.ts';
import { presentClientDetail, requireVisibleClient, viewerOf, visibleClientIds } from './caseload.ts';
import { ruleSet } from './rules.ts';
import { agreementInput, clientInput, clientPatch, fundingInput } from './schema.ts';

const clientParams = orgParams.extend({ clientId: z.uuid() });
const base = '/orgs/{orgId}/clients';
const any = jsonResponse(z.any());

/** Clients: list, create, read (audited), change, funding, agreements, export and erasure. */
export const clientRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: ['clients'],
      summary: 'Clients (a begeleider: their caseload; reading is audited)',
      middleware: [requireAction('clients.read')] as const,
      request: {
        params: orgParams,
        query: z.object({
          search: z.string().max(100).optional(),
          group: z.uuid().optional(),
          professional: z.uuid().optional(),
        }),
      },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const q = c.req.valid('query');
      const visible = await visibleClientIds(c.var.db, orgId, viewerOf(c));
      const items = await listClients(
        c.var.db,
        orgId,
        { search: q.search, groupId: q.group, professionalId: q.professional },
        visible,
      );
      // Who saw which list, never what they typed: a search term can be a client's name.
      await auditFor(c)({
        orgId,
        action: 'client.listed',
        entity: 'cl_client',
        details: { filtered: Boolean(q.search || q.group || q.professional) },
        read: true,
      });
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: base,
      tags: ['clients'],
      summary: 'Add a client',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams, ...jsonBody(clientInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const id = await createClient(c.var.db, orgId, c.req.valid('json'));
      await auditFor(c)({ orgId, action: 'client.created', entity: 'cl_client', entityId: id });
      return c.json(await clientDetail(c.var.db, orgId, id, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/{clientId}`,
      tags: ['clients'],
      summary: "A client with funding, start rule and agreements (audited; outside a begeleider's caseload 404)",
      middleware: [requireAction('clients.read')] as const,
      request: { params: clientParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      await requireVisibleClient(c.var.db, orgId, viewerOf(c), clientId);
      const detail = await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId));
      await auditFor(c)({ orgId, action: 'client.read', entity: 'cl_client', entityId: clientId, read: true });
      return c.json(presentClientDetail(detail, viewerOf(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{clientId}`,
      tags: ['clients'],
      summary: 'Change a client',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams, ...jsonBody(clientPatch) },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      await updateClient(c.var.db, orgId, clientId, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'client.updated',
        entity: 'cl_client',
        entityId: clientId,
        details: { fields: Object.keys(c.req.valid('json')) },
      });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/{clientId}/funding`,
      tags: ['clients'],
      summary: 'Add funding (PVB, RTH, zorgbudget, other)',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams, ...jsonBody(fundingInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      const id = await addFunding(c.var.db, orgId, clientId, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'client.funding_added',
        entity: 'cl_funding',
        entityId: id,
        details: { clientId, kind: c.req.valid('json').kind },
      });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/{clientId}/agreements`,
      tags: ['clients'],
      summary: 'Add an IDO agreement line; refused with the arithmetic when it exceeds the voucher points',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams, ...jsonBody(agreementInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      const rules = await ruleSet(c.var.db, orgId);
      const id = await addAgreement(c.var.db, orgId, clientId, c.req.valid('json'), rules);
      await auditFor(c)({
        orgId,
        action: 'client.agreement_added',
        entity: 'cl_agreement',
        entityId: id,
        details: { clientId, function: c.req.valid('json').functionCode },
      });
      return c.json(await clientDetail(c.var.db, orgId, clientId, rules), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{clientId}/agreements/{lineId}`,
      tags: ['clients'],
      summary: 'Remove an agreement line',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams.extend({ lineId: z.uuid() }) },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId, lineId } = c.req.valid('param');
      await removeClientLine(c.var.db, orgId, clientId, 'cl_agreement', lineId);
      await auditFor(c)({
        orgId,
        action: 'client.agreement_removed',
        entity: 'cl_agreement',
        entityId: lineId,
        details: { clientId },
      });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{clientId}/funding/{lineId}`,
      tags: ['clients'],
      summary: 'Remove a funding record',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams.extend({ lineId: z.uuid() }) },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId, lineId } = c.req.valid('param');
      await removeClientLine(c.var.db, orgId, clientId, 'cl_funding', lineId);
      await auditFor(c)({
        orgId,
        action: 'client.funding_removed',
        entity: 'cl_funding',
        entityId: lineId,
        details: { clientId },
      });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/{clientId}/export`,
      tags: ['clients'],
      summary: 'Everything stored about a client (access request)',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      const data = await exportClient(c.var.db, orgId, clientId);
      await auditFor(c)({ orgId, action: 'client.exported', entity: 'cl_client', entityId: clientId });
      return c.json(data, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{clientId}`,
      tags: ['clients'],
      summary: 'Erase a client and everything linked',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: clientParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, clientId } = c.req.valid('param');
      const standIn = await eraseClient(c.var.db, orgId, clientId);
      await auditFor(c)({ orgId, action: 'client.erased', entity: 'cl_client', entityId: standIn });
      return c.body(null, 204);
    },
  );
