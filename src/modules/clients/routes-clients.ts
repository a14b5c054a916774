import { z } from 'zod';
import { noContent } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { eraseClient, exportClient, removeClientLine } from './client-records.ts';
import { clientDetail, createClient, updateClient } from './clients.ts';
import { addAgreement, addFunding } from './funding.ts';
import { listClients } from './queries-clients.ts';
import { presentClientDetail, requireVisibleClient, visibleClientIds } from './caseload.ts';
import { ruleSet } from './rules.ts';
import {
  agreementInput,
  clientDetail as clientDetailAnswer,
  clientExport,
  clientInput,
  clientPatch,
  clientSummary,
  fundingInput,
} from './schema.ts';

const clientParams = z.object({ orgId: z.uuid(), clientId: z.uuid() });
const lineParams = clientParams.extend({ lineId: z.uuid() });
const listQuery = z.object({
  search: z.string().max(100).optional(),
  group: z.uuid().optional(),
  professional: z.uuid().optional(),
});
const base = '/orgs/{orgId}/clients';
const tags: ['clients'] = ['clients'];

/** Clients: list, create, read (audited), change, funding, agreements, export and erasure. */
export const clientRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags,
    summary: 'Clients (a begeleider: their caseload; reading is audited)',
    action: 'clients.read',
    query: listQuery,
    response: z.object({ items: z.array(clientSummary) }),
    handler: async (c, { orgId, user, role, audit }) => {
      const q = c.req.valid('query');
      const visible = await visibleClientIds(c.var.db, orgId, { userId: user.id, role });
      const filter = { search: q.search, groupId: q.group, professionalId: q.professional };
      const items = await listClients(c.var.db, orgId, filter, visible);
      // Who saw which list, never what they typed: a search term can be a client's name.
      const filtered = Boolean(q.search || q.group || q.professional);
      await audit({ action: 'client.listed', entity: 'cl_client', details: { filtered }, read: true });
      return c.json({ items }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: base,
    tags,
    summary: 'Add a client',
    action: 'clients.manage',
    body: clientInput,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const id = await createClient(c.var.db, orgId, c.req.valid('json'));
      await audit({ action: 'client.created', entity: 'cl_client', entityId: id });
      return c.json(await clientDetail(c.var.db, orgId, id, await ruleSet(c.var.db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/{clientId}`,
    tags,
    summary: "A client with funding, start rule and agreements (audited; outside a begeleider's caseload 404)",
    action: 'clients.read',
    params: clientParams,
    response: clientDetailAnswer,
    handler: async (c, { orgId, user, role, audit }) => {
      const { clientId } = c.req.valid('param');
      const viewer = { userId: user.id, role };
      await requireVisibleClient(c.var.db, orgId, viewer, clientId);
      const detail = await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId));
      await audit({ action: 'client.read', entity: 'cl_client', entityId: clientId, read: true });
      return c.json(presentClientDetail(detail, viewer), 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/{clientId}`,
    tags,
    summary: 'Change a client',
    action: 'clients.manage',
    params: clientParams,
    body: clientPatch,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const { clientId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await updateClient(c.var.db, orgId, clientId, patch);
      const details = { fields: Object.keys(patch) };
      await audit({ action: 'client.updated', entity: 'cl_client', entityId: clientId, details });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/{clientId}/funding`,
    tags,
    summary: 'Add funding (PVB, RTH, zorgbudget, other)',
    action: 'clients.manage',
    params: clientParams,
    body: fundingInput,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const { clientId } = c.req.valid('param');
      const input = c.req.valid('json');
      const id = await addFunding(c.var.db, orgId, clientId, input);
      const details = { clientId, kind: input.kind };
      await audit({ action: 'client.funding_added', entity: 'cl_funding', entityId: id, details });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/{clientId}/agreements`,
    tags,
    summary: 'Add an IDO agreement line; refused with the arithmetic when it exceeds the voucher points',
    action: 'clients.manage',
    params: clientParams,
    body: agreementInput,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const { clientId } = c.req.valid('param');
      const input = c.req.valid('json');
      const rules = await ruleSet(c.var.db, orgId);
      const id = await addAgreement(c.var.db, orgId, clientId, input, rules);
      const details = { clientId, function: input.functionCode };
      await audit({ action: 'client.agreement_added', entity: 'cl_agreement', entityId: id, details });
      return c.json(await clientDetail(c.var.db, orgId, clientId, rules), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{clientId}/agreements/{lineId}`,
    tags,
    summary: 'Remove an agreement line',
    action: 'clients.manage',
    params: lineParams,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const { clientId, lineId } = c.req.valid('param');
      await removeClientLine(c.var.db, orgId, clientId, 'cl_agreement', lineId);
      const details = { clientId };
      await audit({ action: 'client.agreement_removed', entity: 'cl_agreement', entityId: lineId, details });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{clientId}/funding/{lineId}`,
    tags,
    summary: 'Remove a funding record',
    action: 'clients.manage',
    params: lineParams,
    response: clientDetailAnswer,
    handler: async (c, { orgId, audit }) => {
      const { clientId, lineId } = c.req.valid('param');
      await removeClientLine(c.var.db, orgId, clientId, 'cl_funding', lineId);
      const details = { clientId };
      await audit({ action: 'client.funding_removed', entity: 'cl_funding', entityId: lineId, details });
      return c.json(await clientDetail(c.var.db, orgId, clientId, await ruleSet(c.var.db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/{clientId}/export`,
    tags,
    summary: 'Everything stored about a client (access request)',
    action: 'clients.manage',
    params: clientParams,
    response: clientExport,
    handler: async (c, { orgId, audit }) => {
      const { clientId } = c.req.valid('param');
      const data = await exportClient(c.var.db, orgId, clientId);
      await audit({ action: 'client.exported', entity: 'cl_client', entityId: clientId });
      return c.json(data, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{clientId}`,
    tags,
    summary: 'Erase a client and everything linked',
    action: 'clients.manage',
    params: clientParams,
    response: noContent,
    handler: async (c, { orgId, audit }) => {
      const standIn = await eraseClient(c.var.db, orgId, c.req.valid('param').clientId);
      await audit({ action: 'client.erased', entity: 'cl_client', entityId: standIn });
      return c.body(null, 204);
    },
  }),
);
