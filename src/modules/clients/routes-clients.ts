import { z } from 'zod';
import { personRoutes } from '../../server/crud-routes.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { eraseClient, exportClient, removeClientLine } from './client-records.ts';
import { clientDetail, createClient, updateClient } from './clients.ts';
import { addAgreement, addFunding } from './funding.ts';
import { listClients } from './queries-clients.ts';
import { presentClientDetail, requireVisibleClient, visibleClientIds } from './caseload.ts';
import { ruleSet } from './rules.ts';
import type { RuleSet } from './logic/rules.ts';
import type { Db } from '../../server/db.ts';
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

/** What a change to a client answers: its detail under the organisation's rules (or the rules just used). */
async function detailAfterChange(db: Db, orgId: string, clientId: string, rules?: RuleSet) {
  return clientDetail(db, orgId, clientId, rules ?? (await ruleSet(db, orgId)));
}

/** Removing a funding record or an agreement line: the same guard, audit shape and answer. */
function removeLineRoute(segment: 'agreements' | 'funding', table: 'cl_agreement' | 'cl_funding', summary: string) {
  const event = table === 'cl_agreement' ? 'client.agreement_removed' : 'client.funding_removed';
  return orgRoute({
    method: 'delete',
    path: `${base}/{clientId}/${segment}/{lineId}`,
    tags,
    summary,
    action: 'clients.manage',
    params: lineParams,
    response: clientDetailAnswer,
    handler: async (c, { orgId, db, params: { clientId, lineId }, audit }) => {
      await removeClientLine(db, orgId, clientId, table, lineId);
      await audit({ action: event, entity: table, entityId: lineId, details: { clientId } });
      return c.json(await detailAfterChange(db, orgId, clientId), 200);
    },
  });
}

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
    handler: async (c, { orgId, user, role, db, query: q, audit }) => {
      const visible = await visibleClientIds(db, orgId, { userId: user.id, role });
      const filter = { search: q.search, groupId: q.group, professionalId: q.professional };
      const items = await listClients(db, orgId, filter, visible);
      // Who saw which list, never what they typed: a search term can be a client's name.
      const filtered = Boolean(q.search || q.group || q.professional);
      await audit({ action: 'client.listed', entity: 'cl_client', details: { filtered }, read: true });
      return c.json({ items }, 200);
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
    handler: async (c, { orgId, user, role, db, params: { clientId }, audit }) => {
      const viewer = { userId: user.id, role };
      await requireVisibleClient(db, orgId, viewer, clientId);
      const detail = await detailAfterChange(db, orgId, clientId);
      await audit({ action: 'client.read', entity: 'cl_client', entityId: clientId, read: true });
      return c.json(presentClientDetail(detail, viewer), 200);
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
    handler: async (c, { orgId, db, params: { clientId }, body: input, audit }) => {
      const id = await addFunding(db, orgId, clientId, input);
      const details = { clientId, kind: input.kind };
      await audit({ action: 'client.funding_added', entity: 'cl_funding', entityId: id, details });
      return c.json(await detailAfterChange(db, orgId, clientId), 200);
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
    handler: async (c, { orgId, db, params: { clientId }, body: input, audit }) => {
      const rules = await ruleSet(db, orgId);
      const id = await addAgreement(db, orgId, clientId, input, rules);
      const details = { clientId, function: input.functionCode };
      await audit({ action: 'client.agreement_added', entity: 'cl_agreement', entityId: id, details });
      return c.json(await detailAfterChange(db, orgId, clientId, rules), 200);
    },
  }),
  removeLineRoute('agreements', 'cl_agreement', 'Remove an agreement line'),
  removeLineRoute('funding', 'cl_funding', 'Remove a funding record'),
  ...personRoutes({
    base,
    key: 'clientId',
    tags,
    action: 'clients.manage',
    entity: 'cl_client',
    event: 'client.',
    detail: { response: clientDetailAnswer, load: (db, orgId, id) => detailAfterChange(db, orgId, id) },
    create: { summary: 'Add a client', body: clientInput, run: createClient },
    update: { summary: 'Change a client', body: clientPatch, run: updateClient },
    export: {
      summary: 'Everything stored about a client (access request)',
      response: clientExport,
      load: exportClient,
    },
    erase: { summary: 'Erase a client and everything linked', run: eraseClient },
  }),
);
