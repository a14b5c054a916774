/** Test set-up for the social-economy module: partners, agreements, workers, and samples for the isolation test. */
import { answer, type Client } from '../../server/testing.ts';

/** The path parameters of a call about the organisation. */
export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
const SOME = '00000000-0000-4000-8000-000000000001';

/** The id a 200 answer carries; any other answer fails the set-up, naming `what`. */
function idOf(a: { status: number; body: unknown }, what: string): string {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return (a.body as { id: string }).id;
}

export async function addPartner(client: Client, orgId: string, name: string, kind: 'lde' | 'maatwerkbedrijf' = 'lde') {
  return idOf(
    await answer(client.api.POST('/orgs/{orgId}/social-economy/partners', { ...inOrg(orgId), body: { name, kind } })),
    `partner ${name}`,
  );
}

export const AGREEMENT = {
  title: 'Maaltijdbedeling en animatie',
  scopeUnit: 'hours_per_week' as const,
  scopeAmount: 19,
  startOn: '2026-01-01',
  endOn: '2026-12-31',
  priceUnit: 'hour' as const,
  priceCents: 1_250,
  costCentre: 'WZC',
};

export async function addAgreement(
  client: Client,
  orgId: string,
  partnerId: string,
  extra: Record<string, unknown> = {},
) {
  return idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/agreements', {
        ...inOrg(orgId),
        body: { ...AGREEMENT, partnerId, ...extra },
      }),
    ),
    'agreement',
  );
}

export async function addWorker(
  client: Client,
  orgId: string,
  partnerId: string,
  name: string,
  extra: Record<string, unknown> = {},
) {
  return idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/workers', { ...inOrg(orgId), body: { partnerId, name, ...extra } }),
    ),
    `worker ${name}`,
  );
}

/** One record of each kind, by route parameter name (for the router-wide isolation test). */
export async function socialEconomySamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const partnerId = await addPartner(client, orgId, 'Sociale werkplaats Noord');
  const contactId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/partners/{partnerId}/contacts', {
        params: { path: { orgId, partnerId } },
        body: { name: 'Jan Trajectbegeleider' },
      }),
    ),
    'contact',
  );
  const agreementId = await addAgreement(client, orgId, partnerId);
  const amendmentId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/agreements/{agreementId}/amendments', {
        params: { path: { orgId, agreementId } },
        body: { effectiveOn: '2026-07-01', description: 'Meer uren', scopeAmount: 24 },
      }),
    ),
    'amendment',
  );
  const workerId = await addWorker(client, orgId, partnerId, 'Samira Lemmens', { agreementId });
  const hoursId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        params: { path: { orgId, workerId } },
        body: { kind: 'work', workedOn: '2026-02-02', hours: 4 },
      }),
    ),
    'hours',
  );
  const goalId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/goals', {
        params: { path: { orgId, workerId } },
        body: { description: 'Zelfstandig de maaltijdronde doen' },
      }),
    ),
    'goal',
  );
  const trajectoryId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories', {
        params: { path: { orgId, workerId } },
        body: { startedOn: '2026-03-01' },
      }),
    ),
    'trajectory',
  );
  const fundingRuleId = idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/social-economy/funding-rules', {
        ...inOrg(orgId),
        body: { validFrom: '2026-01-01', amountCents: 420_000 },
      }),
    ),
    'funding rule',
  );
  return { partnerId, contactId, agreementId, amendmentId, workerId, hoursId, goalId, trajectoryId, fundingRuleId };
}

/** Valid bodies, so validation cannot answer before the organisation check. */
export const SOCIAL_ECONOMY_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/social-economy/partners': { name: 'Overgenomen', kind: 'lde' },
  'PATCH /api/orgs/:orgId/social-economy/partners/:partnerId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/social-economy/partners/:partnerId/contacts': { name: 'Overgenomen' },
  'PUT /api/orgs/:orgId/social-economy/partner-members': { userId: SOME, partnerId: null },
  'POST /api/orgs/:orgId/social-economy/agreements': { ...AGREEMENT, partnerId: SOME },
  'PUT /api/orgs/:orgId/social-economy/agreements/:agreementId': { ...AGREEMENT, partnerId: SOME },
  'POST /api/orgs/:orgId/social-economy/agreements/:agreementId/amendments': {
    effectiveOn: '2026-07-01',
    description: 'Overgenomen',
  },
  'POST /api/orgs/:orgId/social-economy/workers': { partnerId: SOME, name: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/social-economy/workers/:workerId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/hours': { kind: 'work', workedOn: '2026-01-05', hours: 1 },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/evaluations': {
    evaluatedOn: '2026-01-05',
    summary: 'Overgenomen',
  },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/goals': { description: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/social-economy/workers/:workerId/goals/:goalId': { status: 'done' },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/trajectories': { startedOn: '2026-01-05' },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/trajectories/:trajectoryId/phases': {
    phase: 'jobmatching',
    startedOn: '2026-04-01',
  },
  'POST /api/orgs/:orgId/social-economy/workers/:workerId/trajectories/:trajectoryId/outcome': {
    outcome: 'hired',
    outcomeOn: '2026-05-01',
  },
  'POST /api/orgs/:orgId/social-economy/funding-rules': { validFrom: '2030-01-01', amountCents: 1 },
};
