/** Test set-up for the clients module: an offer and a client with a voucher PVB. */
import { orgWithMember, type Client, type testApp } from '../../server/testing.ts';

/** Day support (0.2100 points a day), housing (0.2500 a night) and an RTH ambulant session. */
export async function sampleOffer(client: Client, orgId: string): Promise<void> {
  const put = (code: string, body: unknown) => client.req('PUT', `/api/orgs/${orgId}/offer/functions/${code}`, body);
  for (const answer of await Promise.all([
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
    if (answer.status !== 200) throw new Error(`offer: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** A client with a voucher PVB of budget category 3 (15.29 points a year) from `from`. */
export async function voucherClient(client: Client, orgId: string, from = '2025-01-01', name = 'Jan Peeters') {
  const created = await client.post(`/api/orgs/${orgId}/clients`, {
    name,
    birthYear: 1987,
    contactPerson: 'Mama Peeters',
    bValue: 4,
    pValue: 2,
  });
  const id = created.body.id as string;
  const funded = await client.post(`/api/orgs/${orgId}/clients/${id}/funding`, {
    kind: 'pvb',
    category: 3,
    form: 'voucher',
    madeAvailableOn: from,
    startDate: from,
  });
  if (funded.status !== 200) throw new Error(`funding: ${funded.status} ${JSON.stringify(funded.body)}`);
  return id;
}

/** A fresh organisation with a `directie` member and the sample offer. */
export async function directorWithOffer(ctx: Awaited<ReturnType<typeof testApp>>) {
  const m = await orgWithMember(ctx, 'directie');
  await sampleOffer(m.client, m.org.id);
  return m;
}
