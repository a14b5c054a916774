/** Test set-up for governance: a sample decision and valid bodies for the router-wide isolation test. */
import { answer, type Client } from '../../server/testing.ts';

/** A decision of the board, by route parameter name. */
export async function governanceSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const a = await answer(
    client.api.POST('/orgs/{orgId}/governance/decisions', {
      params: { path: { orgId } },
      body: { title: 'Jaarrekening goedgekeurd', body: 'algemene_vergadering', decidedOn: '2026-06-10' },
    }),
  );
  if (a.status !== 200) throw new Error(`decision: ${a.status}`);
  return { decisionId: a.body.id };
}

const DECISION = { title: 'Overgenomen', body: 'raad_van_bestuur', decidedOn: '2026-01-15' };
export const GOVERNANCE_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/governance/decisions': DECISION,
  'PUT /api/orgs/:orgId/governance/decisions/:decisionId': DECISION,
};

export const GOVERNANCE_QUERIES: Record<string, () => string> = {
  'GET /api/orgs/:orgId/governance/board-pack': () => '?meeting=2026-06-10',
  'GET /api/orgs/:orgId/governance/board-pack.pdf': () => '?meeting=2026-06-10',
};
