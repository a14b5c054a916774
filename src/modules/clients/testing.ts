/** Test set-up for the clients module: an offer and a client with a voucher PVB, on the typed client. */
import type { z } from 'zod';
import { answer, orgWithMember, type Client, type testApp } from '../../server/testing.ts';
import type { agreementInput, clientInput, clientPatch, fundingInput, functionInput, weekInput } from './schema.ts';

type FunctionBody = z.input<typeof functionInput>;
type Cell = z.input<typeof weekInput>['cells'][number];

/** `params` of a route under `/orgs/{orgId}` with more path parameters. */
export const at = <P extends Record<string, string>>(orgId: string, more?: P) => ({
  params: { path: { orgId, ...(more as P) } },
});

/** Day support (0.2100 points a day), housing (0.2500 a night) and an RTH ambulant session. */
export async function sampleOffer(client: Client, orgId: string): Promise<void> {
  const put = (code: string, body: FunctionBody) =>
    answer(client.api.PUT('/orgs/{orgId}/offer/functions/{code}', { ...at(orgId, { code }), body }));
  for (const saved of await Promise.all([
    put('dagondersteuning', {
      name: 'Dagondersteuning',
      unit: 'day',
      kind: 'pvf',
      prices: [{ validFrom: '2020-01-01', points: '0.2100' }],
    }),
    put('woonondersteuning', {
      name: 'Woonondersteuning',
      unit: 'night',
      kind: 'pvf',
      prices: [{ validFrom: '2020-01-01', points: '0.2500' }],
    }),
    put('rth_ambulant', {
      name: 'RTH ambulante sessie',
      unit: 'session',
      kind: 'rth',
      rthUnitType: 'ambulant',
      prices: [{ validFrom: '2020-01-01', points: '0.1550' }],
    }),
  ]))
    if (saved.status !== 200) throw new Error(`offer: ${saved.status} ${JSON.stringify(saved.body)}`);
}

/** A client with a voucher PVB of budget category 3 (15.29 points a year) from `from`. */
export async function voucherClient(client: Client, orgId: string, from = '2025-01-01', name = 'Jan Peeters') {
  const created = await answer(
    client.api.POST('/orgs/{orgId}/clients', {
      ...at(orgId),
      body: { name, birthYear: 1987, contactPerson: 'Mama Peeters', bValue: 4, pValue: 2 },
    }),
  );
  const id = created.body.id;
  const funded = await answer(
    client.api.POST('/orgs/{orgId}/clients/{clientId}/funding', {
      ...at(orgId, { clientId: id }),
      body: { kind: 'pvb', category: 3, form: 'voucher', madeAvailableOn: from, startDate: from },
    }),
  );
  if (funded.status !== 200) throw new Error(`funding: ${funded.status} ${JSON.stringify(funded.body)}`);
  return id;
}

/** Uploads a registrations file (CSV or XLSX) as the browser's form does, through the typed client. */
export function importRegistrations(
  client: Client,
  orgId: string,
  file: { name: string; content: string | Uint8Array },
) {
  const form = new FormData();
  form.set('file', new File([file.content as BlobPart], file.name));
  return answer(
    client.api.POST('/orgs/{orgId}/registrations/import', { ...at(orgId), body: {}, bodySerializer: () => form }),
  );
}

/** A fresh organisation with a `directie` member and the sample offer. */
export async function directorWithOffer(ctx: Awaited<ReturnType<typeof testApp>>) {
  const m = await orgWithMember(ctx, 'directie');
  await sampleOffer(m.client, m.org.id);
  return m;
}

/**
 * The clients routes of one organisation on the typed client, each answering `{ status, body, headers }`
 * (`answer`): `const api = clientsApi(client, org.id); const made = await api.addClient({ name: 'X' })`.
 */
export function clientsApi(client: Client, orgId: string) {
  const { api } = client;
  const org = at(orgId);
  const ofClient = (clientId: string) => at(orgId, { clientId });
  return {
    putFunction: (code: string, body: FunctionBody) =>
      answer(api.PUT('/orgs/{orgId}/offer/functions/{code}', { ...at(orgId, { code }), body })),
    listClients: (query: { search?: string; group?: string; professional?: string } = {}) =>
      answer(api.GET('/orgs/{orgId}/clients', { params: { path: { orgId }, query } })),
    addClient: (body: z.input<typeof clientInput>) => answer(api.POST('/orgs/{orgId}/clients', { ...org, body })),
    getClient: (clientId: string) => answer(api.GET('/orgs/{orgId}/clients/{clientId}', ofClient(clientId))),
    patchClient: (clientId: string, body: z.input<typeof clientPatch>) =>
      answer(api.PATCH('/orgs/{orgId}/clients/{clientId}', { ...ofClient(clientId), body })),
    exportClient: (clientId: string) => answer(api.GET('/orgs/{orgId}/clients/{clientId}/export', ofClient(clientId))),
    eraseClient: (clientId: string) => answer(api.DELETE('/orgs/{orgId}/clients/{clientId}', ofClient(clientId))),
    addFunding: (clientId: string, body: z.input<typeof fundingInput>) =>
      answer(api.POST('/orgs/{orgId}/clients/{clientId}/funding', { ...ofClient(clientId), body })),
    /** A new client with one personal budget (PVB): the client's id and the answer of adding the budget. */
    addBudgetClient: async (name: string, birthYear: number, budget: Omit<z.input<typeof fundingInput>, 'kind'>) => {
      const { id } = (await answer(api.POST('/orgs/{orgId}/clients', { ...org, body: { name, birthYear } }))).body;
      const funded = await answer(
        api.POST('/orgs/{orgId}/clients/{clientId}/funding', { ...ofClient(id), body: { kind: 'pvb', ...budget } }),
      );
      return { id, funded };
    },
    addAgreement: (clientId: string, body: z.input<typeof agreementInput>) =>
      answer(api.POST('/orgs/{orgId}/clients/{clientId}/agreements', { ...ofClient(clientId), body })),
    removeAgreement: (clientId: string, lineId: string) =>
      answer(api.DELETE('/orgs/{orgId}/clients/{clientId}/agreements/{lineId}', at(orgId, { clientId, lineId }))),
    saveWeek: (start: string, cells: Cell[]) =>
      answer(api.PUT('/orgs/{orgId}/registrations/week', { ...org, body: { start, cells } })),
    consumption: (query: { year: number; asOf?: string }) =>
      answer(api.GET('/orgs/{orgId}/consumption', { params: { path: { orgId }, query } })),
    statement: (month: string) =>
      answer(api.GET('/orgs/{orgId}/statements', { params: { path: { orgId }, query: { month } } })),
    issue: (month: string) => answer(api.POST('/orgs/{orgId}/statements', { ...org, body: { month } })),
    /** A statement download: the body is the file's text. */
    statementFile: (statementId: string, kind: 'pdf' | 'csv') =>
      answer(
        api.GET(`/orgs/{orgId}/statements/{statementId}/${kind}`, {
          ...at(orgId, { statementId }),
          parseAs: 'text',
        }),
      ),
    forecast: (query: {
      runs?: number;
      seed?: number;
      startMonth?: string;
      leaveProbability?: number;
      inflowPerMonth?: number;
      costPerFteCents?: number;
    }) => answer(api.GET('/orgs/{orgId}/forecast', { params: { path: { orgId }, query } })),
    waitingList: (capacity?: string) =>
      answer(
        api.GET('/orgs/{orgId}/waiting-list', {
          params: { path: { orgId }, query: capacity === undefined ? {} : { capacity } },
        }),
      ),
    audit: (action: string) =>
      answer(api.GET('/orgs/{orgId}/audit', { params: { path: { orgId }, query: { action } } })),
  };
}
